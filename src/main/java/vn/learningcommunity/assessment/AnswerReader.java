package vn.learningcommunity.assessment;

import java.math.BigDecimal;
import vn.learningcommunity.validation.TaskInput;

/** Reads the answer to one indicator from a form field, by the indicator's type. */
final class AnswerReader {

  private AnswerReader() {}

  /** {@code whose} names the answer in messages, e.g. "" for the commune's own, "kết quả đánh giá " for the district's. */
  static IndicatorAnswer read(TaskInput input, Indicator indicator, String field, String whose) {
    String label = whose + "chỉ tiêu " + indicator.getCode();
    return switch (indicator.getType()) {
      case BOOLEAN -> {
        Boolean met = input.requiredYesNo(field, label);
        yield met == null ? null : new IndicatorAnswer(indicator, met, null);
      }
      case PERCENT, COMPUTED_PERCENT -> {
        BigDecimal value = input.requiredNumber(field, "tỷ lệ (%) của " + label, 0, 100);
        yield value == null ? null : new IndicatorAnswer(indicator, null, value);
      }
      case STANDARD_LEVEL -> {
        Integer value = input.requiredWholeNumber(field, "mức đạt chuẩn của " + label, 0, indicator.getMaxValue());
        yield value == null ? null : new IndicatorAnswer(indicator, null, BigDecimal.valueOf(value));
      }
    };
  }
}
