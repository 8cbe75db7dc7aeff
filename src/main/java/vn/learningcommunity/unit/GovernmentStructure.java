package vn.learningcommunity.unit;

/**
 * The structure of local government a year's evaluation runs in: provinces, districts and communes
 * until 30 June 2025; provinces and communes from 1 July 2025.
 */
public enum GovernmentStructure {
  THREE_TIER,
  TWO_TIER;

  /** The structure in force on the evaluation year's {@linkplain UnitDirectory#structureDayOf structure day}. */
  public static GovernmentStructure of(int evaluationYear) {
    return UnitDirectory.isThreeTierYear(evaluationYear) ? THREE_TIER : TWO_TIER;
  }
}
