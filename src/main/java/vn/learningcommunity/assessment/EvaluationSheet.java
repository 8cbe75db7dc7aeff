package vn.learningcommunity.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.learningcommunity.validation.TaskInput;

/**
 * A review's findings: its own finding for every indicator the unit answers (field
 * {@code <prefix>c1_1} …) and a note ({@code <prefix>c1_1_note}) wherever it differs from the
 * unit's answer. Indicators the system computes are taken as they are.
 */
record EvaluationSheet(List<EvaluatedAnswer> answers, String summary) {

  record EvaluatedAnswer(IndicatorAnswer finding, boolean agreed, String note) {}

  static EvaluationSheet read(TaskInput input, List<Indicator> indicators, Map<String, IndicatorAnswer> selfAssessed,
      String prefix) {
    List<EvaluatedAnswer> answers = new ArrayList<>();
    for (Indicator indicator : indicators) {
      if (indicator.isComputed()) {
        IndicatorAnswer computed = selfAssessed.get(indicator.getCode());
        if (computed != null) {
          answers.add(new EvaluatedAnswer(computed, true, null));
        }
        continue;
      }
      IndicatorAnswer finding = AnswerReader.read(input, indicator, prefix + indicator.variable(), "kết quả đánh giá ");
      if (finding == null) {
        continue;
      }
      IndicatorAnswer own = selfAssessed.get(indicator.getCode());
      boolean agreed = own != null && own.display().equals(finding.display());
      String note = input.optionalText(prefix + indicator.variable() + "_note");
      if (!agreed && note == null) {
        input.reject("Kết quả đánh giá chỉ tiêu " + indicator.getCode() + " khác kết quả tự đánh giá của đơn vị: cần ghi rõ lý do.");
      }
      answers.add(new EvaluatedAnswer(finding, agreed, note));
    }
    return new EvaluationSheet(answers, input.optionalText(prefix + "summary"));
  }
}
