package vn.learningcommunity.recognition;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.learningcommunity.validation.Choices;
import vn.learningcommunity.validation.TaskInput;
import vn.learningcommunity.validation.TaskInputValidator;

/**
 * The unit's approver (the commune chair, the District People's Committee) applies for at most the
 * self-assessed level, with the review meeting's minutes attached, or says why the assessment must
 * be redone.
 */
@Component
class ChairApprovalValidator implements TaskInputValidator {

  static final Map<String, String> DECISIONS = Choices.of(
      "APPLY", "Đề nghị công nhận",
      "NOT_APPLY", "Không đề nghị năm nay",
      "REVISE", "Yêu cầu tự đánh giá lại");

  private final DossierMinutes minutes;

  ChairApprovalValidator(DossierMinutes minutes) {
    this.minutes = minutes;
  }

  @Override
  public Set<String> formIds() {
    return Set.of("communeChairApproval", "districtCommitteeApproval", "provinceCommitteeApproval");
  }

  @Override
  public void validate(String formId, TaskInput input) {
    String decision = input.requiredChoice("chairDecision", "ý kiến phê duyệt", DECISIONS);
    int selfAssessed = ((Number) input.raw("selfAssessedLevel")).intValue();
    if ("APPLY".equals(decision)) {
      if (selfAssessed == 0) {
        input.reject("Kết quả tự đánh giá chưa đạt Mức độ 1 nên đơn vị không thể đề nghị công nhận năm nay.");
        return;
      }
      if (!minutes.attachedForNextSubmission(input.raw("unitCode") + "-" + input.raw("evaluationYear"))) {
        input.reject("Chưa đính kèm biên bản họp đánh giá của lần gửi hồ sơ này. Hãy mở hồ sơ (liên kết ở đầu biểu mẫu), "
            + "tải biên bản lên rồi gửi lại.");
      }
      Integer applied = input.requiredWholeNumber("appliedLevel", "mức đề nghị công nhận", 1, 2);
      if (applied != null && applied > selfAssessed) {
        input.reject("Mức đề nghị công nhận (" + RecognitionLevels.label(applied)
            + ") không được cao hơn mức tự đánh giá (" + RecognitionLevels.label(selfAssessed) + ").");
      }
    }
    if ("REVISE".equals(decision)) {
      input.requiredText("chairNote", "lý do yêu cầu tự đánh giá lại");
    }
  }
}
