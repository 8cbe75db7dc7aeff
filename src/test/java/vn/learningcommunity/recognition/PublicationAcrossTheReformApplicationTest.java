package vn.learningcommunity.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.unit.UnitLevel;

/** The published lists show units recognised before 1 July 2025 as they were, and what they are part of now. */
class PublicationAcrossTheReformApplicationTest extends ApplicationTestSupport {

  @Autowired RecognitionRepository recognitions;

  void recognise(String unit, UnitLevel level) {
    recognitions.save(new Recognition(unit, level, 2024, 1, "7/QĐ", LocalDate.of(2025, 3, 1), LocalDate.of(2027, 12, 31),
        unit + "-2024", Instant.now()));
  }

  @Test
  @SuppressWarnings("unchecked")
  void oldUnitsKeepTheirNamesAndSayWhatTheyAreNow() {
    recognise("26245", UnitLevel.COMMUNE);   // Xã Suối Nho (Huyện Định Quán), merged whole into Xã Xuân Bắc
    recognise("26449", UnitLevel.COMMUNE);   // Xã Xuân Tâm, split between Xuân Đông and Xuân Hòa
    recognise("741", UnitLevel.DISTRICT);
    recognise("70", UnitLevel.PROVINCE);     // Tỉnh Bình Phước, now part of Tỉnh Đồng Nai

    List<Map<String, Object>> communes = http.getForObject("/api/recognitions/communes?province=75&year=2024", List.class);
    assertThat(communes).extracting(c -> c.get("unitName"), c -> c.get("districtName"), c -> c.get("nowPartOf"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Xã Suối Nho", "Huyện Định Quán", "nay là Xã Xuân Bắc"),
            org.assertj.core.groups.Tuple.tuple("Xã Xuân Tâm", "Huyện Xuân Lộc", "nay thuộc Xã Xuân Đông, Xã Xuân Hòa"));
    assertThat((List<Map<String, Object>>) http.getForObject("/api/recognitions/districts?province=75&year=2024", List.class))
        .singleElement().satisfies(d -> assertThat(d).containsEntry("unitName", "Huyện Xuân Lộc")
            .containsEntry("nowPartOf", "Từ 01/07/2025 không còn cấp huyện"));
    assertThat((List<Map<String, Object>>) http.getForObject("/api/recognitions/provinces?year=2024", List.class))
        .singleElement().satisfies(p -> assertThat(p).containsEntry("unitName", "Tỉnh Bình Phước")
            .containsEntry("nowPartOf", "nay là Tỉnh Đồng Nai"));
  }
}
