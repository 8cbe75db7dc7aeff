package vn.learningcommunity.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.assessment.Assessment;
import vn.learningcommunity.assessment.AssessmentAnswer;
import vn.learningcommunity.assessment.Assessments;
import vn.learningcommunity.dossier.CaseFileKind;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.LevelAnswers;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;

/** A district case through REST with the real delegates: the system's share of communes, both reviews, the Director. */
class DistrictCaseApplicationTest extends ApplicationTestSupport {

  @Autowired RecognitionRepository recognitions;
  @Autowired RecognitionCaseRepository cases;
  @Autowired Assessments assessments;
  @Autowired UnitDirectory units;

  @Test
  void districtIsAssessedReviewedTwiceAndRecognisedOnTheCommunesItsRegisterHolds() {
    ClockUtil.setCurrentTime(at("2025-02-11T09:00:00+07:00"));
    // 9 of the 15 communes of Xuân Lộc hold a 2024 recognition: 60 %
    units.children("741").stream().limit(9).forEach(commune -> recognitions.save(new Recognition(
        commune.getCode(), UnitLevel.COMMUNE, 2024, 1, "1/QĐ", LocalDate.of(2025, 2, 1), LocalDate.of(2027, 12, 31),
        commune.getCode() + "-2024", Instant.now())));
    String instance = runtime.startProcessInstanceByKey("districtRecognition", "741-2024",
        Map.of("districtCode", "741", "evaluationYear", 2024)).getId();
    assertThat(runtime.getVariable(instance, "d5_1")).isEqualTo(60.0);

    Map<String, Object> self = LevelAnswers.district("");
    for (int criterion = 1; criterion <= 5; criterion++) {
      self.put("d" + criterion + "Justification", "Minh chứng " + criterion);
    }
    self.put("reviewMeetingDate", "2025-02-10");
    // D5.1 is the system's: a form that sends it is refused, whatever the value
    self.put("d5_1", 100);
    ResponseEntity<Map> forged = submit("xuanlocphonggd", onlyTaskOf("xuanlocphonggd"), self);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) forged.getBody().get("message")).contains("không có trường d5_1");
    self.remove("d5_1");
    assertThat(submit("xuanlocphonggd", onlyTaskOf("xuanlocphonggd"), self).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(instance, "d5_1")).isEqualTo(60.0);
    assertThat(runtime.getVariable(instance, "selfAssessedLevel")).isEqualTo(1);

    attachMinutes("741-2024");
    submit("xuanlocubnd", onlyTaskOf("xuanlocubnd"), Map.of("chairDecision", "APPLY", "appliedLevel", "1"));
    submit("dongnaisogd", onlyTaskOf("dongnaisogd"), Map.of("verificationResult", "COMPLETE"));
    submit("dongnaisogd", onlyTaskOf("dongnaisogd"), LevelAnswers.district("ev_"));
    Map<String, Object> association = LevelAnswers.district("as_");
    association.put("as_d4_2", 1);
    assertThat((String) submit("dongnaikhuyenhoc", onlyTaskOf("dongnaikhuyenhoc"), association).getBody().get("message"))
        .isEqualTo("Kết quả đánh giá chỉ tiêu D4.2 khác kết quả tự đánh giá của đơn vị: cần ghi rõ lý do.");
    association.put("as_d4_2_note", "Một xã chưa đạt chuẩn xóa mù chữ mức 2");
    submit("dongnaikhuyenhoc", onlyTaskOf("dongnaikhuyenhoc"), association);

    submit("dongnaigiamdoc", onlyTaskOf("dongnaigiamdoc"), Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1",
        "decisionNumber", "45/QĐ-SGDĐT", "decisionDate", "2025-02-11"));

    assertThat(generatedText("741-2024", CaseFileKind.SELF_ASSESSMENT_REPORT)).contains("ỦY BAN NHÂN DÂN HUYỆN XUÂN LỘC",
        "Tự đánh giá kết quả xây dựng \"Cộng đồng học tập\" cấp huyện năm 2024", "D1.1.", "Giải trình:", "TM. ỦY BAN NHÂN DÂN");
    assertThat(pdfText(http.getForObject("/cong-khai/quyet-dinh/741-2024.pdf", byte[].class))).contains("UBND TỈNH ĐỒNG NAI",
        "Số: 45/QĐ-SGDĐT", "Đồng Nai, ngày 11 tháng 02 năm 2025", "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG NAI",
        "\"Cộng đồng học tập\" cấp huyện năm đánh giá 2024", "Huyện Xuân Lộc, Tỉnh Đồng Nai");
    assertThat(cases.findByBusinessKey("741-2024").orElseThrow().getStatus()).isEqualTo(CaseStatus.RECOGNISED);
    Recognition district = recognitions.findByUnitCodeAndEvaluationYear("741", 2024).orElseThrow();
    assertThat(district.getUnitLevel()).isEqualTo(UnitLevel.DISTRICT);
    assertThat(district.getLevel()).isEqualTo(1);
    List<Assessment> recorded = assessments.history("741-2024");
    assertThat(recorded).extracting(Assessment::getReviewer).containsExactlyInAnyOrder(null, "DEPARTMENT", "ASSOCIATION");
    Assessment own = recorded.get(0);
    assertThat(own.getAnswers()).filteredOn(a -> a.getIndicatorCode().equals("D5.1")).singleElement()
        .extracting(AssessmentAnswer::getNumericValue).isEqualTo(new BigDecimal("60.00"));
    assertThat(http.getForObject("/api/recognitions/districts?province=75&year=2024", List.class)).singleElement()
        .satisfies(entry -> assertThat((Map<String, Object>) entry).containsEntry("unitName", "Huyện Xuân Lộc")
            .containsEntry("levelName", "Mức độ 1").containsEntry("decisionNumber", "45/QĐ-SGDĐT"));
    Assessment byAssociation = recorded.stream().filter(a -> "ASSOCIATION".equals(a.getReviewer())).findFirst().orElseThrow();
    assertThat(byAssociation.getAnswers()).filteredOn(a -> !a.getAgreed()).extracting(AssessmentAnswer::getIndicatorCode)
        .containsExactly("D4.2");
  }
}
