package vn.learningcommunity.recognition;

import vn.learningcommunity.routing.DossierRoute;

/**
 * The units a commune case involves, as process variables need them for groups and deadlines, and
 * the route its dossier takes to its reviewing unit (the district, or the province once districts
 * are gone). After the reform a commune has no district: {@code districtCode} and {@code districtName}
 * are null.
 */
public record CaseUnits(String communeCode, String communeName, String districtCode, String districtName,
    String provinceCode, String provinceName, String reviewingUnitCode, String reviewingUnitName, DossierRoute route) {

  /** The unit the commune belongs to, as its name is written after the commune's. */
  public String parentName() {
    return districtName != null ? districtName : provinceName;
  }
}
