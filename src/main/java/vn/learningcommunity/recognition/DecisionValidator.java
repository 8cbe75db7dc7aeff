package vn.learningcommunity.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.learningcommunity.validation.Choices;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;
import vn.learningcommunity.validation.VietnameseDates;

/**
 * The Head recognises at most the level both applied for and evaluated, with a decision number and
 * a plausible date, or refuses with reasons.
 */
@Component
class DecisionValidator implements TaskInputValidator {


  static final Map<String, String> DECISIONS = Choices.of(
      "RECOGNISE", "Công nhận",
      "REFUSE", "Không công nhận");

  private final Clock clock;

  DecisionValidator(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Set<String> formIds() {
    return Set.of("communeRecognitionDecision", "districtRecognitionDecision", "provinceRecognitionDecision");
  }

  @Override
  public void validate(String formId, TaskInput input) {
    String decision = input.requiredChoice("headDecision", "quyết định công nhận hay không", DECISIONS);
    if ("REFUSE".equals(decision)) {
      input.requiredText("refusalReasons", "lý do không công nhận");
      return;
    }
    if (!"RECOGNISE".equals(decision)) {
      return;
    }
    int applied = Integer.parseInt(String.valueOf(input.raw("appliedLevel")));
    int evaluated = ((Number) input.raw("evaluatedLevel")).intValue();
    int highest = Math.min(applied, evaluated);
    if (highest == 0) {
      input.reject("Kết quả đánh giá hồ sơ chưa đạt Mức độ 1 nên không thể công nhận; hãy chọn \"Không công nhận\" và nêu lý do.");
      return;
    }
    Integer level = input.requiredWholeNumber("recognisedLevel", "mức công nhận", 1, 2);
    if (level != null && level > highest) {
      input.reject("Mức công nhận (" + RecognitionLevels.label(level) + ") không được cao hơn mức đơn vị đề nghị ("
          + RecognitionLevels.label(applied) + ") và mức theo kết quả đánh giá (" + RecognitionLevels.label(evaluated) + ").");
    }
    input.requiredText("decisionNumber", "số quyết định công nhận");
    LocalDate date = input.requiredDate("decisionDate", "ngày ký quyết định");
    if (date != null && date.isAfter(LocalDate.now(clock))) {
      input.reject("Ngày ký quyết định (" + date.format(VietnameseDates.DATE) + ") không được sau ngày hôm nay.");
    }
    Object submitted = input.raw("dossierSubmittedOn");
    if (date != null && submitted != null && date.isBefore(LocalDate.parse(submitted.toString()))) {
      input.reject("Ngày ký quyết định (" + date.format(VietnameseDates.DATE) + ") không được trước ngày đơn vị gửi hồ sơ ("
          + LocalDate.parse(submitted.toString()).format(VietnameseDates.DATE) + ").");
    }
  }
}
