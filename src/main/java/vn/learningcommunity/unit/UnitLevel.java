package vn.learningcommunity.unit;

/** The tiers of Vietnamese local government as they appear in the official list. */
public enum UnitLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE
}
