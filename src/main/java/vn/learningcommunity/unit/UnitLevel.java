package vn.learningcommunity.unit;

/** The tiers of Vietnamese local government as they appear in the official list. */
public enum UnitLevel {
  PROVINCE("cấp tỉnh"),
  DISTRICT("cấp huyện"),
  COMMUNE("cấp xã");

  private final String tier;

  UnitLevel(String tier) {
    this.tier = tier;
  }

  /** "cấp xã", as documents write the tier of a recognition. */
  public String tier() {
    return tier;
  }
}
