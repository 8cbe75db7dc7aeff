package vn.learningcommunity.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.learningcommunity.reporting.Progress;
import vn.learningcommunity.dossier.CaseFileKind;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.LevelAnswers;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;

/** The province case through REST: shares computed from the register, the Ministry's review, the Minister's decision. */
class ProvinceCaseApplicationTest extends ApplicationTestSupport {

  @Autowired RecognitionRepository recognitions;
  @Autowired UnitDirectory units;

  void recognise(String unit, UnitLevel level) {
    recognitions.save(new Recognition(unit, level, 2024, 1, "1/QĐ", LocalDate.of(2025, 2, 20), LocalDate.of(2027, 12, 31),
        unit + "-2024", Instant.now()));
  }

  @Test
  void provinceIsSubmittedToTheMinistryAndRecognisedByTheMinister() {
    ClockUtil.setCurrentTime(at("2025-03-05T09:00:00+07:00"));
    List<AdministrativeUnit> districts = units.children("75");
    districts.stream().limit(6).forEach(d -> recognise(d.getCode(), UnitLevel.DISTRICT));
    districts.stream().flatMap(d -> units.children(d.getCode()).stream()).limit(90)
        .forEach(c -> recognise(c.getCode(), UnitLevel.COMMUNE));

    String instance = runtime.startProcessInstanceByKey("provinceRecognition", "75-2024",
        Map.of("provinceCode", "75", "evaluationYear", 2024)).getId();
    assertThat(runtime.getVariable(instance, "p4_1")).isEqualTo(54.55);
    assertThat(runtime.getVariable(instance, "p4_2")).isEqualTo(56.6);

    Map<String, Object> self = LevelAnswers.province("");
    for (int criterion = 1; criterion <= 4; criterion++) {
      self.put("p" + criterion + "Justification", "Minh chứng " + criterion);
    }
    self.put("reviewMeetingDate", "2025-03-04");
    submit("dongnaisogd", onlyTaskOf("dongnaisogd"), self);
    assertThat(runtime.getVariable(instance, "selfAssessedLevel")).isEqualTo(1);
    attachMinutes("75-2024");
    submit("dongnaiubnd", onlyTaskOf("dongnaiubnd"), Map.of("chairDecision", "APPLY", "appliedLevel", "1"));
    assertThat(tasksOf("dongnaisogd")).isEmpty();
    submit("bogdthamdinh", onlyTaskOf("bogdthamdinh"), Map.of("verificationResult", "COMPLETE"));
    submit("bogdthamdinh", onlyTaskOf("bogdthamdinh"), LevelAnswers.province("ev_"));
    submit("bogdbotruong", onlyTaskOf("bogdbotruong"), Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1",
        "decisionNumber", "1234/QĐ-BGDĐT", "decisionDate", "2025-03-05"));

    assertThat(generatedText("75-2024", CaseFileKind.SUMMARY_TABLE)).contains("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI",
        "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU", "\"Cộng đồng học tập\" cấp tỉnh năm 2024 — Tỉnh Đồng Nai",
        "P4.2.", "56,6%", "Mức tự đánh giá Mức độ 1");
    assertThat(pdfText(http.getForObject("/cong-khai/quyet-dinh/75-2024.pdf", byte[].class))).contains(
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1234/QĐ-BGDĐT", "Hà Nội, ngày 05 tháng 03 năm 2025",
        "BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Tỉnh Đồng Nai", "cấp tỉnh");
    Recognition province = recognitions.findByUnitCodeAndEvaluationYear("75", 2024).orElseThrow();
    assertThat(province.getUnitLevel()).isEqualTo(UnitLevel.PROVINCE);
    assertThat(http.getForObject("/api/recognitions/provinces?year=2024", List.class)).singleElement()
        .satisfies(entry -> assertThat((Map<String, Object>) entry).containsEntry("unitName", "Tỉnh Đồng Nai")
            .containsEntry("decisionNumber", "1234/QĐ-BGDĐT"));
    Progress progress = http.getForObject("/api/progress?province=75&year=2024", Progress.class);
    assertThat(progress.provinceLevel()).isEqualTo(1);
    assertThat(progress.targets()).filteredOn(t -> t.unitLevel().equals("PROVINCE")).singleElement()
        .satisfies(t -> assertThat(t.met()).isTrue());
    // today's Đồng Nai was formed with old Bình Phước, which held no recognition: by the provisional
    // rule it inherits none
    assertThat(http.getForObject("/api/progress?province=75&year=2025", Progress.class).provinceLevel()).isNull();
  }
}
