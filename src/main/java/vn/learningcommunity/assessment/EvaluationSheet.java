package vn.learningcommunity.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.learningcommunity.validation.TaskInput;

/**
 * The district team's evaluation: its own finding for every indicator (field {@code ev_c1_1} …) and
 * a note ({@code ev_c1_1_note}) wherever the finding differs from the commune's answer.
 */
record EvaluationSheet(List<EvaluatedAnswer> answers, String summary) {

  static final String SUMMARY = "evaluationSummary";

  record EvaluatedAnswer(IndicatorAnswer finding, boolean agreed, String note) {}

  static String findingField(Indicator indicator) {
    return "ev_" + indicator.variable();
  }

  static String noteField(Indicator indicator) {
    return findingField(indicator) + "_note";
  }

  static EvaluationSheet read(TaskInput input, List<Indicator> indicators, Map<String, IndicatorAnswer> selfAssessed) {
    List<EvaluatedAnswer> answers = new ArrayList<>();
    for (Indicator indicator : indicators) {
      IndicatorAnswer finding = AnswerReader.read(input, indicator, findingField(indicator), "kết quả đánh giá ");
      if (finding == null) {
        continue;
      }
      IndicatorAnswer own = selfAssessed.get(indicator.getCode());
      boolean agreed = own != null && own.display().equals(finding.display());
      String note = input.optionalText(noteField(indicator));
      if (!agreed && note == null) {
        input.reject("Kết quả đánh giá chỉ tiêu " + indicator.getCode() + " khác kết quả tự đánh giá của xã: cần ghi rõ lý do.");
      }
      answers.add(new EvaluatedAnswer(finding, agreed, note));
    }
    return new EvaluationSheet(answers, input.optionalText(SUMMARY));
  }
}
