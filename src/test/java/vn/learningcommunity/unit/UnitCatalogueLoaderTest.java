package vn.learningcommunity.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.learningcommunity.testsupport.ApplicationTestSupport;

class UnitCatalogueLoaderTest extends ApplicationTestSupport {

  @Autowired UnitCatalogueLoader loader;
  @Autowired AdministrativeUnitRepository units;
  @Autowired UnitDirectory directory;

  @Test
  void theWholeOfficialListIsLoadedOnceWithItsHierarchy() {
    assertThat(jdbc.queryForObject("select count(*) from administrative_unit where unit_level = 'PROVINCE'", Long.class)).isEqualTo(63);
    assertThat(jdbc.queryForObject("select count(*) from administrative_unit where unit_level = 'DISTRICT'", Long.class)).isEqualTo(696);
    assertThat(jdbc.queryForObject("select count(*) from administrative_unit where unit_level = 'COMMUNE'", Long.class)).isEqualTo(10047);
    assertThat(loader.loadMissingUnits()).isZero();
    assertThat(units.count()).isEqualTo(63 + 696 + 10047);

    assertThat(units.findByParentCodeOrderByCode("75")).hasSize(11);
    long dongNaiCommunes = units.findByParentCodeOrderByCode("75").stream()
        .mapToLong(district -> units.findByParentCodeOrderByCode(district.getCode()).size()).sum();
    assertThat(dongNaiCommunes).isEqualTo(159);

    AdministrativeUnit xuanBac = directory.require("26428", UnitLevel.COMMUNE);
    assertThat(xuanBac.getName()).isEqualTo("Xã Xuân Bắc");
    assertThat(directory.ancestor(xuanBac, UnitLevel.DISTRICT)).map(AdministrativeUnit::getName).contains("Huyện Xuân Lộc");
    assertThat(directory.ancestor(xuanBac, UnitLevel.PROVINCE)).map(AdministrativeUnit::getName).contains("Tỉnh Đồng Nai");
  }

  @Test
  void aMissingUnitIsAddedBackWithoutDuplicatingTheOthers() {
    jdbc.update("delete from administrative_unit where code = '26431'");
    assertThat(loader.loadMissingUnits()).isOne();
    assertThat(directory.require("26431", UnitLevel.COMMUNE).getName()).isEqualTo("Xã Suối Cao");
  }
}
