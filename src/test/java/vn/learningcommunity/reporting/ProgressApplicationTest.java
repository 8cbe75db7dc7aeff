package vn.learningcommunity.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.recognition.MergerInheritance;
import vn.learningcommunity.recognition.Recognition;
import vn.learningcommunity.recognition.RecognitionRepository;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.unit.UnitSuccession;

/** Which recognitions count in a year, and how the shares compare with Đồng Nai's targets. */
class ProgressApplicationTest extends ApplicationTestSupport {

  @Autowired RecognitionRepository recognitions;
  @Autowired MergerInheritance inheritance;

  @BeforeEach
  void recognitionsOfSeveralYears() {
    recognise("26428", UnitLevel.COMMUNE, 2021, 1);   // Xuân Bắc: valid until 2024
    recognise("26431", UnitLevel.COMMUNE, 2022, 2);   // Suối Cao: Level 2 ...
    recognise("26431", UnitLevel.COMMUNE, 2024, 1);   // ... replaced by Level 1 in 2024
    recognise("26434", UnitLevel.COMMUNE, 2024, 2);   // Xuân Thành
    recognise("741", UnitLevel.DISTRICT, 2024, 1);    // Huyện Xuân Lộc
    recognise("26404", UnitLevel.COMMUNE, 2024, 1);   // not in Xuân Lộc
  }

  void recognise(String unit, UnitLevel level, int year, int recognised) {
    recognitions.save(new Recognition(unit, level, year, recognised, "1/QĐ", LocalDate.of(year + 1, 2, 1),
        LocalDate.of(year + 3, 12, 31), unit + "-" + year, Instant.now()));
  }

  @Test
  void countsOnlyRecognitionsStillValidAndTheLatestOfEachUnit() {
    Progress in2024 = progress(2024);
    assertThat(in2024.communes()).isEqualTo(new Progress.Share(159, 4, pct("2.52"), 1, pct("0.63")));
    Progress.DistrictProgress xuanLoc = in2024.perDistrict().stream().filter(d -> d.districtCode().equals("741")).findFirst().orElseThrow();
    assertThat(xuanLoc.communes().level1OrHigher()).isEqualTo(3);
    assertThat(xuanLoc.communes().level2()).isEqualTo(1);
    assertThat(xuanLoc.districtLevel()).isEqualTo(1);
    assertThat(in2024.districts()).isEqualTo(new Progress.Share(11, 1, pct("9.09"), 0, pct("0.00")));

    Progress in2023 = progress(2023);
    assertThat(in2023.communes().level1OrHigher()).isEqualTo(2);
    assertThat(in2023.communes().level2()).isEqualTo(1);
    assertThat(progress(2028).communes().level1OrHigher()).isZero();
  }

  @Test
  void targetsOfThePlanAreShownBesideTheActualShares() {
    Progress in2024 = progress(2024);
    assertThat(in2024.reading()).contains("gồm cả đơn vị đạt mức độ 2");
    assertThat(in2024.targets()).extracting(Progress.TargetStanding::wording, Progress.TargetStanding::actualPercent,
        Progress.TargetStanding::met).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Năm 2025: 40% xã được công nhận mức độ 1", pct("2.52"), false),
        org.assertj.core.groups.Tuple.tuple("Đến năm 2030: trên 80% xã được công nhận mức độ 1", pct("2.52"), false),
        org.assertj.core.groups.Tuple.tuple("Đến năm 2030: 50% xã được công nhận mức độ 2", pct("0.63"), false),
        org.assertj.core.groups.Tuple.tuple("Năm 2025: 30% huyện, thành phố được công nhận mức độ 1", pct("9.09"), false),
        org.assertj.core.groups.Tuple.tuple("Đến năm 2030: ít nhất 90% huyện, thành phố được công nhận mức độ 1", pct("9.09"), false),
        org.assertj.core.groups.Tuple.tuple("Đến năm 2030: 30% huyện, thành phố được công nhận mức độ 2", pct("0.00"), false),
        org.assertj.core.groups.Tuple.tuple("Tỉnh được công nhận mức độ 1 trước năm 2030", java.math.BigDecimal.ZERO, false));
  }

  @Test
  void progressIsDownloadableAsAWorkbook() throws IOException {
    ResponseEntity<byte[]> download = http.getForEntity("/api/progress.xlsx?province=75&year=2024", byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    Sheet sheet = new XSSFWorkbook(new ByteArrayInputStream(download.getBody())).getSheetAt(0);
    assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("Tỉnh Đồng Nai").contains("NĂM 2024");
    assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Năm 2025: 40% xã được công nhận mức độ 1");
    assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(2.52);
    assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("Chưa đạt");
    int districtsStart = 4 + 7 + 2;
    assertThat(sheet.getRow(districtsStart - 1).getCell(3).getStringCellValue()).isEqualTo("Xã đạt mức độ 1 trở lên");
    assertThat(sheet.getRow(districtsStart + 11).getCell(1).getStringCellValue()).isEqualTo("Toàn tỉnh");
    assertThat(sheet.getRow(districtsStart + 11).getCell(3).getNumericCellValue()).isEqualTo(4);
  }

  /**
   * From 2025 the year is judged in the two-tier structure: today's Đồng Nai (old Bình Phước and
   * old Đồng Nai) and its 95 communes, each with its own recognition or what it inherits; the plan's
   * district targets no longer apply.
   */
  @Test
  void fromTheReformTheNewCommunesCountWithWhatTheyInherit() {
    Progress in2026 = progress(2026);
    assertThat(in2026.provinceName()).isEqualTo("Tỉnh Đồng Nai");
    // Xuân Thành = Suối Cao (Level 1 of 2024) + Xuân Thành (Level 2 of 2024), both whole: it inherits Level 1.
    // Xuân Bắc = Xuân Bắc (of 2021, ended with 2024) + Suối Nho (none): nothing. Long Thành = Long An
    // (Level 1 of 2024) + three whole communes without recognition: nothing.
    assertThat(in2026.communes()).isEqualTo(new Progress.Share(95, 1, pct("1.05"), 0, pct("0.00")));
    assertThat(in2026.perDistrict()).isEmpty();
    assertThat(in2026.districts().total()).isZero();
    assertThat(in2026.targets()).filteredOn(t -> t.unitLevel().equals("DISTRICT")).hasSize(3).allSatisfy(t -> {
      assertThat(t.notApplicable()).contains("không còn cấp huyện");
      assertThat(t.actualPercent()).isNull();
      assertThat(t.met()).isFalse();
    });
    assertThat(in2026.targets()).filteredOn(t -> t.unitLevel().equals("COMMUNE")).first()
        .satisfies(t -> assertThat(t.actualPercent()).isEqualTo(pct("1.05")));

    // a recognition of the new Xuân Bắc itself counts as its own, whatever its predecessors held
    recognise("26428", UnitLevel.COMMUNE, 2025, 2);
    assertThat(progress(2026).communes()).isEqualTo(new Progress.Share(95, 2, pct("2.11"), 1, pct("1.05")));
    // the years judged in three tiers are unchanged
    assertThat(progress(2024).perDistrict().stream().filter(d -> d.districtCode().equals("741")).findFirst().orElseThrow()
        .communes().level1OrHigher()).isEqualTo(3);
  }

  @Test
  void aPartOfAnOldCommuneNeverPassesItsRecognitionOn() {
    // Xuân Đông (new 26359) = Xuân Tây and Xuân Đông (whole) + part of Xuân Tâm
    recognise("26449", UnitLevel.COMMUNE, 2024, 2);
    assertThat(inherited("26359")).isEmpty();
    recognise("26356", UnitLevel.COMMUNE, 2024, 2);
    assertThat(inherited("26359")).isEmpty();
    recognise("26359", UnitLevel.COMMUNE, 2023, 1);
    assertThat(inherited("26359")).hasValueSatisfying(level -> {
      assertThat(level.level()).isEqualTo(1);
      assertThat(level.validUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
      assertThat(level.latestDecisionDate()).isEqualTo(LocalDate.of(2025, 2, 1));
    });
    assertThat(inheritance.predecessors("26359", UnitLevel.COMMUNE, 2026))
        .extracting(p -> p.line().getOldName(), p -> p.line().getKind(), p -> p.recognition().map(Recognition::getLevel))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Xã Xuân Tây", UnitSuccession.Kind.FULL, Optional.of(2)),
            org.assertj.core.groups.Tuple.tuple("Xã Xuân Đông", UnitSuccession.Kind.FULL, Optional.of(1)),
            org.assertj.core.groups.Tuple.tuple("Xã Xuân Tâm", UnitSuccession.Kind.PARTIAL, Optional.of(2)));
  }

  Optional<MergerInheritance.Inherited> inherited(String newCode) {
    return inheritance.inherited(newCode, UnitLevel.COMMUNE, 2026);
  }

  @Test
  void unknownProvinceIsRefused() {
    ResponseEntity<Map> response = http.getForEntity("/api/progress?province=741&year=2024", Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).contains("không phải là đơn vị cấp tỉnh");
  }

  Progress progress(int year) {
    return http.getForObject("/api/progress?province=75&year=" + year, Progress.class);
  }

  static java.math.BigDecimal pct(String value) {
    return new java.math.BigDecimal(value);
  }
}
