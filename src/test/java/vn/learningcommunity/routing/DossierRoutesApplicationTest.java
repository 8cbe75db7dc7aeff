package vn.learningcommunity.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.AdministrativeUnitRepository;
import vn.learningcommunity.unit.GovernmentStructure;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;

/** The shipped route table gives every province of each structure a route its cases can run on. */
class DossierRoutesApplicationTest extends ApplicationTestSupport {

  @Autowired DossierRoutes routes;
  @Autowired AdministrativeUnitRepository unitRepository;

  @Test
  void everyProvinceOfThreeTiersKeepsTheCircularsRouteThroughItsDistricts() {
    List<AdministrativeUnit> provinces = provincesOn(UnitDirectory.THREE_TIER);
    assertThat(provinces).hasSize(63);
    for (AdministrativeUnit province : provinces) {
      assertThat(routes.of(province.getCode(), 2024)).as(province.getName()).isEqualTo(new DossierRoute(
          GovernmentStructure.THREE_TIER, true, UnitRole.DISTRICT_OFFICE_STAFF, UnitRole.DISTRICT_ASSOCIATION,
          UnitRole.DISTRICT_OFFICE_HEAD, false));
    }
  }

  @Test
  void everyProvinceOfTwoTiersSendsItsCommunesToItsDepartmentProvisionally() {
    List<AdministrativeUnit> provinces = provincesOn(UnitDirectory.REFORM);
    assertThat(provinces).hasSize(34);
    for (AdministrativeUnit province : provinces) {
      for (int year : List.of(2025, 2026, 2030)) {
        DossierRoute route = routes.of(province.getCode(), year);
        assertThat(route).as(province.getName() + " " + year).isEqualTo(new DossierRoute(GovernmentStructure.TWO_TIER,
            false, UnitRole.DEPARTMENT_STAFF, UnitRole.PROVINCE_ASSOCIATION, UnitRole.DEPARTMENT_DIRECTOR, true));
        assertThat(route.reviewingLevel()).isEqualTo(UnitLevel.PROVINCE);
      }
    }
  }

  private List<AdministrativeUnit> provincesOn(java.time.LocalDate day) {
    return unitRepository.findAll().stream().filter(u -> u.getLevel() == UnitLevel.PROVINCE)
        .filter(u -> !u.getValidFrom().isAfter(day) && (u.getValidTo() == null || !u.getValidTo().isBefore(day))).toList();
  }
}
