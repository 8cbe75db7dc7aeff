package vn.learningcommunity.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.recognition.Recognition;
import vn.learningcommunity.recognition.RecognitionRepository;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.unit.UnitLevel;

/** Which recognitions count in a year, and how the shares compare with Đồng Nai's targets. */
class ProgressApplicationTest extends ApplicationTestSupport {

  @Autowired RecognitionRepository recognitions;

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
    assertThat(progress(2025).communes().level1OrHigher()).isEqualTo(3);
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
