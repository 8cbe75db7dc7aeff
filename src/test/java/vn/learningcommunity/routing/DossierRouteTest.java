package vn.learningcommunity.routing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.unit.GovernmentStructure;

/** A route an administrator deploys must be one a case can run on; anything else stops the opening. */
class DossierRouteTest {

  @Test
  void districtRolesOrDistrictCasesAreRefusedWhereThereAreNoDistricts() {
    assertThatThrownBy(() -> new DossierRoute(GovernmentStructure.TWO_TIER, false, UnitRole.DISTRICT_OFFICE_STAFF,
        UnitRole.DISTRICT_ASSOCIATION, UnitRole.DISTRICT_OFFICE_HEAD, true)).hasMessageContaining("no districts");
    assertThatThrownBy(() -> new DossierRoute(GovernmentStructure.TWO_TIER, true, UnitRole.DEPARTMENT_STAFF,
        UnitRole.PROVINCE_ASSOCIATION, UnitRole.DEPARTMENT_DIRECTOR, true)).hasMessageContaining("no districts");
  }

  @Test
  void theRolesMustBeHeldInOneUnitAboveTheCommune() {
    assertThatThrownBy(() -> new DossierRoute(GovernmentStructure.THREE_TIER, true, UnitRole.DISTRICT_OFFICE_STAFF,
        UnitRole.PROVINCE_ASSOCIATION, UnitRole.DISTRICT_OFFICE_HEAD, false)).hasMessageContaining("same unit");
    assertThatThrownBy(() -> new DossierRoute(GovernmentStructure.TWO_TIER, false, UnitRole.COMMUNE_CHAIR,
        UnitRole.COMMUNE_CHAIR, UnitRole.COMMUNE_CHAIR, true)).hasMessageContaining("district or a province");
    assertThatThrownBy(() -> new DossierRoute(GovernmentStructure.TWO_TIER, false, UnitRole.MINISTRY_REVIEWER,
        UnitRole.MINISTRY_REVIEWER, UnitRole.MINISTER, true)).hasMessageContaining("district or a province");
  }
}
