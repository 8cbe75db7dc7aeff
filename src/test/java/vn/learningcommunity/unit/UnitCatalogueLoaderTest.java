package vn.learningcommunity.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.learningcommunity.testsupport.ApplicationTestSupport;

/** Both official lists and the succession between them, loaded once, each unit in force in its own period. */
class UnitCatalogueLoaderTest extends ApplicationTestSupport {

  static final LocalDate BEFORE = LocalDate.of(2025, 3, 1);
  static final LocalDate AFTER = LocalDate.of(2026, 1, 1);

  @Autowired UnitCatalogueLoader loader;
  @Autowired UnitDirectory directory;

  @Test
  void bothListsAreLoadedOnceEachUnitInItsPeriod() {
    assertThat(inForce("PROVINCE", BEFORE)).isEqualTo(63);
    assertThat(inForce("DISTRICT", BEFORE)).isEqualTo(696);
    assertThat(inForce("COMMUNE", BEFORE)).isEqualTo(10047);
    assertThat(inForce("PROVINCE", AFTER)).isEqualTo(34);
    assertThat(inForce("DISTRICT", AFTER)).isZero();
    assertThat(inForce("COMMUNE", AFTER)).isEqualTo(3321);
    assertThat(jdbc.queryForObject("select count(*) from unit_succession", Long.class)).isEqualTo(10667);
    assertThat(jdbc.queryForObject("select count(*) from unit_succession where kind = 'PARTIAL'", Long.class)).isEqualTo(1012);
    assertThat(loader.loadMissingUnits()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from administrative_unit", Long.class))
        .isEqualTo(63 + 696 + 10047 + 34 + 3321);
  }

  @Test
  void theUnitsOfAProvinceOnADayAreOneQuery() {
    // old Đồng Nai: 11 districts and their 159 communes; today's Đồng Nai (old Bình Phước + old Đồng Nai): 95 communes
    List<AdministrativeUnit> before = directory.unitsOfProvince("75", BEFORE);
    assertThat(before).filteredOn(u -> u.getLevel() == UnitLevel.DISTRICT).hasSize(11);
    assertThat(before).filteredOn(u -> u.getLevel() == UnitLevel.COMMUNE).hasSize(159);
    List<AdministrativeUnit> after = directory.unitsOfProvince("75", AFTER);
    assertThat(after).hasSize(95).allMatch(u -> u.getLevel() == UnitLevel.COMMUNE && "75".equals(u.getParentCode()));
    assertThat(directory.unitsOfProvince("70", AFTER)).isEmpty();
    assertThat(directory.find("70", BEFORE)).map(AdministrativeUnit::getName).contains("Tỉnh Bình Phước");
    assertThat(directory.find("70", AFTER)).isEmpty();
  }

  @Test
  void oldUnitsStayReadableWithTheirNamesAndSuccessors() {
    AdministrativeUnit xuanBac = directory.require("26428", UnitLevel.COMMUNE, BEFORE);
    assertThat(xuanBac.getName()).isEqualTo("Xã Xuân Bắc");
    assertThat(directory.ancestor(xuanBac, UnitLevel.DISTRICT)).map(AdministrativeUnit::getName).contains("Huyện Xuân Lộc");
    assertThat(directory.ancestor(xuanBac, UnitLevel.PROVINCE)).map(AdministrativeUnit::getName).contains("Tỉnh Đồng Nai");
    AdministrativeUnit merged = directory.require("26428", UnitLevel.COMMUNE, AFTER);
    assertThat(merged.getParentCode()).isEqualTo("75");
    assertThat(directory.ancestor(merged, UnitLevel.DISTRICT)).isEmpty();
    assertThat(List.of(xuanBac, merged)).extracting(AdministrativeUnit::getValidFrom, AdministrativeUnit::getValidTo)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 6, 30)),
            org.assertj.core.groups.Tuple.tuple(UnitDirectory.REFORM, null));

    assertThat(directory.predecessors("26428", UnitLevel.COMMUNE))
        .extracting(UnitSuccession::getOldCode, UnitSuccession::getOldName, UnitSuccession::getKind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("26245", "Xã Suối Nho", UnitSuccession.Kind.FULL),
            org.assertj.core.groups.Tuple.tuple("26428", "Xã Xuân Bắc", UnitSuccession.Kind.FULL));
    assertThat(directory.predecessors("75", UnitLevel.PROVINCE)).extracting(UnitSuccession::getOldCode)
        .containsExactly("70", "75");
    // Suối Nho is gone since the reform, and readable forever under its name of the time
    assertThat(directory.find("26245", AFTER)).isEmpty();
    assertThat(directory.require("26245", UnitLevel.COMMUNE, BEFORE).getName()).isEqualTo("Xã Suối Nho");
    assertThat(directory.successors(List.of("26245"), UnitLevel.COMMUNE)).extracting(UnitSuccession::getNewName)
        .containsExactly("Xã Xuân Bắc");
  }

  @Test
  void aMissingUnitIsAddedBackWithoutDuplicatingTheOthers() {
    jdbc.update("delete from administrative_unit where code = '26431' and valid_to is not null");
    jdbc.update("delete from unit_succession where old_code = '26245'");
    assertThat(loader.loadMissingUnits()).isEqualTo(2);
    assertThat(directory.require("26431", UnitLevel.COMMUNE, BEFORE).getName()).isEqualTo("Xã Suối Cao");
    assertThat(directory.predecessors("26428", UnitLevel.COMMUNE)).hasSize(2);
  }

  private long inForce(String level, LocalDate day) {
    return jdbc.queryForObject("select count(*) from administrative_unit where unit_level = ? and valid_from <= ?"
        + " and (valid_to is null or valid_to >= ?)", Long.class, level, day, day);
  }
}
