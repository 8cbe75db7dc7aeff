package vn.learningcommunity.assessment;

import java.math.BigDecimal;
import vn.learningcommunity.validation.VietnameseNumbers;

/** The answer to one indicator: met or not for yes/no indicators, the value for quantitative ones. */
public record IndicatorAnswer(Indicator indicator, Boolean met, BigDecimal value) {

  /** What the DMN receives for this indicator. */
  public Object decisionInput() {
    return indicator.isQuantitative() ? value.doubleValue() : met;
  }

  public String display() {
    return indicator.isQuantitative() ? VietnameseNumbers.format(value) : (met ? "Đạt" : "Không đạt");
  }
}
