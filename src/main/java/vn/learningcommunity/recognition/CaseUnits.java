package vn.learningcommunity.recognition;

import vn.learningcommunity.routing.DossierRoute;
import vn.learningcommunity.unit.UnitLevel;

/**
 * The units a commune case involves, as process variables need them for groups and deadlines, and
 * the route its dossier takes. After the reform a commune has no district: {@code districtCode} and
 * {@code districtName} are null.
 */
public record CaseUnits(String communeCode, String communeName, String districtCode, String districtName,
    String provinceCode, String provinceName, DossierRoute route) {

  /** The district or the province whose officials handle the dossier. */
  public String reviewingUnitCode() {
    return route.reviewingLevel() == UnitLevel.DISTRICT ? districtCode : provinceCode;
  }

  public String reviewingUnitName() {
    return route.reviewingLevel() == UnitLevel.DISTRICT ? districtName : provinceName;
  }

  /** The unit the commune belongs to, as its name is written after the commune's. */
  public String parentName() {
    return districtName != null ? districtName : provinceName;
  }
}
