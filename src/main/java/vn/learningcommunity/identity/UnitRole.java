package vn.learningcommunity.identity;

import java.util.Arrays;
import java.util.List;
import vn.learningcommunity.unit.UnitLevel;

/**
 * A role held in one unit. Together with the unit code it names one candidate group, so that the
 * officials of one commune never see the tasks of another.
 */
public enum UnitRole {
  COMMUNE_ASSESSOR(UnitLevel.COMMUNE, "danhgia", "Tổ tự đánh giá"),
  COMMUNE_CHAIR(UnitLevel.COMMUNE, "chutich", "Chủ tịch UBND"),
  DISTRICT_OFFICE_STAFF(UnitLevel.DISTRICT, "phonggd", "Chuyên viên Phòng GD&ĐT"),
  DISTRICT_OFFICE_HEAD(UnitLevel.DISTRICT, "truongphong", "Trưởng phòng GD&ĐT"),
  DISTRICT_COMMITTEE(UnitLevel.DISTRICT, "ubnd", "UBND huyện"),
  DISTRICT_ASSOCIATION(UnitLevel.DISTRICT, "khuyenhoc", "Hội Khuyến học huyện"),
  PROVINCE_COORDINATOR(UnitLevel.PROVINCE, "dieuphoi", "Điều phối viên Sở GD&ĐT"),
  DEPARTMENT_STAFF(UnitLevel.PROVINCE, "sogd", "Chuyên viên Sở GD&ĐT"),
  PROVINCE_ASSOCIATION(UnitLevel.PROVINCE, "khuyenhoc", "Hội Khuyến học tỉnh"),
  DEPARTMENT_DIRECTOR(UnitLevel.PROVINCE, "giamdoc", "Giám đốc Sở GD&ĐT"),
  PROVINCE_COMMITTEE(UnitLevel.PROVINCE, "ubnd", "UBND tỉnh"),
  /** The Ministry's reviewers of province dossiers: one group for the whole country. */
  MINISTRY_REVIEWER(null, "thamdinh", "Chuyên viên Bộ GD&ĐT"),
  MINISTER(null, "botruong", "Bộ trưởng Bộ GD&ĐT");

  private final UnitLevel level;
  private final String suffix;
  private final String title;

  UnitRole(UnitLevel level, String suffix, String title) {
    this.level = level;
    this.suffix = suffix;
    this.title = title;
  }

  /**
   * Group ids are letters and digits only, as the engine's identity service requires. Ministry
   * roles are national: their group is the same whatever unit a case concerns.
   */
  public String groupId(String unitCode) {
    if (level == null) {
      return "bogd" + suffix;
    }
    if (unitCode == null || !unitCode.matches("[0-9]+")) {
      throw new IllegalArgumentException("Unit code must be digits: " + unitCode);
    }
    return prefix(level) + unitCode + suffix;
  }

  /** The level of the units the role is held in; null for the Ministry's national roles. */
  public UnitLevel level() {
    return level;
  }

  /**
   * The roles a file may mean by a name: the enum name, or the short code of the group ids
   * ("danhgia", "ubnd"…), which only the unit's level tells apart (a district's or a province's committee).
   */
  public static List<UnitRole> named(String name) {
    String wanted = name == null ? "" : name.trim();
    return Arrays.stream(values())
        .filter(role -> role.name().equalsIgnoreCase(wanted) || role.suffix.equalsIgnoreCase(wanted)).toList();
  }

  public String title() {
    return title;
  }

  public String groupName(String unitName) {
    return level == null ? title : title + " - " + unitName;
  }

  private static String prefix(UnitLevel level) {
    return switch (level) {
      case PROVINCE -> "tinh";
      case DISTRICT -> "huyen";
      case COMMUNE -> "xa";
    };
  }
}
