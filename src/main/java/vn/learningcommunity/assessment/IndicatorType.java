package vn.learningcommunity.assessment;

/** How an indicator is answered. Quantitative answers are compared with the DMN thresholds. */
public enum IndicatorType {
  /** Met or not met, as judged by the assessors. */
  BOOLEAN,
  /** A share from 0 to 100. */
  PERCENT,
  /** A share from 0 to 100 that the system computes from its own records, never typed. */
  COMPUTED_PERCENT,
  /** A recognised standard level from 0 to the indicator's maximum (e.g. universal education levels). */
  STANDARD_LEVEL
}
