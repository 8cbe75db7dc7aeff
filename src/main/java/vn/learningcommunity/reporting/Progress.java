package vn.learningcommunity.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A province's standing in one year against its plan. "At Level 1" counts units at Level 1 or
 * higher; only recognitions still valid in that year count.
 */
public record Progress(
    String provinceCode,
    String provinceName,
    int year,
    Share communes,
    Share districts,
    Integer provinceLevel,
    List<TargetStanding> targets,
    List<DistrictProgress> perDistrict,
    String reading) {

  public static final String READING = "Mức độ 1 được tính gồm cả đơn vị đạt mức độ 2; chỉ tính các quyết định công nhận "
      + "còn hiệu lực trong năm (đến hết năm thứ ba sau năm đánh giá).";

  /** Units recognised at Level 1 or higher and at Level 2, out of all units of that tier. */
  public record Share(int total, int level1OrHigher, BigDecimal level1OrHigherPercent, int level2, BigDecimal level2Percent) {

    public BigDecimal percentAt(int level) {
      return level >= 2 ? level2Percent : level1OrHigherPercent;
    }
  }

  /** A target of the plan and where the year stands; {@code notApplicable} says why a target no longer applies (then no actual). */
  public record TargetStanding(String unitLevel, int targetYear, int level, BigDecimal targetPercent, boolean strictlyMore,
      String wording, BigDecimal actualPercent, boolean met, String notApplicable) {}

  public record DistrictProgress(String districtCode, String districtName, Share communes, Integer districtLevel) {}
}
