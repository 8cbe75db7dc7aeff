package vn.learningcommunity.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.assessment.Assessment;
import vn.learningcommunity.assessment.AssessmentAnswer;
import vn.learningcommunity.assessment.AssessmentKind;
import vn.learningcommunity.assessment.Assessments;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.CommuneAnswers;
import vn.learningcommunity.unit.UnitLevel;

/** A whole commune case through the REST API with the real delegates, JPA and authorizations. */
class CommuneCaseApplicationTest extends ApplicationTestSupport {

  @Autowired org.camunda.bpm.engine.ManagementService management;

  @Autowired RecognitionCaseRepository cases;
  @Autowired RecognitionRepository recognitions;
  @Autowired DossierReturnRepository returns;
  @Autowired Assessments assessments;
  @Autowired HistoryService history;
  @Autowired RecognitionCases communeCases;

  @Test
  void communeIsAssessedReturnedEvaluatedRecognisedAndPublished() {
    // the new Xuân Bắc was formed of the old Xuân Bắc and Suối Nho, both recognised at Level 1 for 2024,
    // the later in March 2025: it inherits Level 1, 22 months before this dossier
    recognitions.save(new Recognition("26428", UnitLevel.COMMUNE, 2024, 1, "30/QĐ-PGDĐT", LocalDate.of(2025, 3, 1),
        LocalDate.of(2027, 12, 31), "26428-2024", Instant.now()));
    recognitions.save(new Recognition("26245", UnitLevel.COMMUNE, 2024, 1, "28/QĐ-PGDĐT", LocalDate.of(2025, 2, 20),
        LocalDate.of(2027, 12, 31), "26245-2024", Instant.now()));

    ResponseEntity<Map> opened = http.withBasicAuth("dongnaidieuphoi", "demo")
        .postForEntity("/api/commune-cases", Map.of("communeCode", "26428", "evaluationYear", 2026), Map.class);
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(opened.getBody()).containsEntry("businessKey", "26428-2026");
    String processInstanceId = (String) opened.getBody().get("processInstanceId");

    assertThat(runtime.getVariable(processInstanceId, "standingRecognition")).isEqualTo("Trước 01/07/2025, các đơn vị "
        + "hợp thành đơn vị này: Xã Suối Nho: Mức độ 1, quyết định số 28/QĐ-PGDĐT ngày 20/02/2025, còn hiệu lực đến "
        + "31/12/2027; Xã Xuân Bắc: Mức độ 1, quyết định số 30/QĐ-PGDĐT ngày 01/03/2025, còn hiệu lực đến 31/12/2027. "
        + "Theo quy tắc kế thừa (tạm tính), đơn vị được coi là đạt Mức độ 1 đến 31/12/2027. "
        + "Có thể đề nghị nâng mức hoặc không đề nghị năm nay.");

    // each official sees the tasks of their own unit only
    assertThat(tasksOf("xuanthanhdanhgia")).isEmpty();
    assertThat(tasksOf("dongnaisogd")).isEmpty();
    String selfAssessment = onlyTaskOf("xuanbacdanhgia");

    Map<String, Object> form = CommuneAnswers.selfAssessmentForm(CommuneAnswers.level2(), "2027-01-04");
    form.put("c5_1", 120);
    form.remove("c3_2");
    ResponseEntity<Map> rejected = submit("xuanbacdanhgia", selfAssessment, form);
    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) rejected.getBody().get("message"))
        .contains("Chưa chọn Đạt hoặc Không đạt cho chỉ tiêu C3.2.")
        .contains("Tỷ lệ (%) của chỉ tiêu C5.1 phải nằm trong khoảng từ 0 đến 100, đã nhập 120.");
    assertThat(runtime.getVariable(processInstanceId, "c5_1")).isNull();
    assertThat(onlyTaskOf("xuanbacdanhgia")).isEqualTo(selfAssessment);

    assertThat(submit("xuanbacdanhgia", selfAssessment, CommuneAnswers.selfAssessmentForm(CommuneAnswers.level2(), "2027-01-04"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(processInstanceId, "selfAssessedLevel")).isEqualTo(2);
    assertThat(runtime.getVariable(processInstanceId, "selfAssessedLevelText")).isEqualTo("Mức độ 2");

    attachMinutes("26428-2026");
    assertThat(submit("xuanbacchutich", onlyTaskOf("xuanbacchutich"), Map.of("chairDecision", "APPLY", "appliedLevel", "2"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // the Department returns the dossier once, the commune corrects and sends it again
    Map<String, Object> incomplete = new HashMap<>(Map.of("verificationResult", "INCOMPLETE"));
    assertThat((String) submit("dongnaisogd", onlyTaskOf("dongnaisogd"), incomplete).getBody().get("message"))
        .isEqualTo("Chưa nhập lý do trả hồ sơ và nội dung cần bổ sung.");
    incomplete.put("returnReasons", "Thiếu biên bản họp xét");
    submit("dongnaisogd", onlyTaskOf("dongnaisogd"), incomplete);
    submit("xuanbacdanhgia", onlyTaskOf("xuanbacdanhgia"),
        CommuneAnswers.selfAssessmentForm(CommuneAnswers.level2(), "2027-01-05"));
    // the second round needs the minutes of its own meeting; the first round's are kept
    String secondApproval = onlyTaskOf("xuanbacchutich");
    assertThat((String) submit("xuanbacchutich", secondApproval, Map.of("chairDecision", "APPLY", "appliedLevel", "2"))
        .getBody().get("message")).startsWith("Chưa đính kèm biên bản họp đánh giá của lần gửi hồ sơ này.");
    attachMinutes("26428-2026");
    submit("xuanbacchutich", secondApproval, Map.of("chairDecision", "APPLY", "appliedLevel", "2"));
    assertThat(jdbc.queryForList("select kind, version, submission_round from case_file where case_business_key = "
        + "'26428-2026' order by kind, version")).extracting(row -> row.get("kind") + " v" + row.get("version")
            + " lần " + row.get("submission_round"))
        .containsExactly("MINUTES v1 lần 1", "MINUTES v2 lần 2", "SELF_ASSESSMENT_REPORT v1 lần 1",
            "SELF_ASSESSMENT_REPORT v2 lần 2", "SUMMARY_TABLE v1 lần 1", "SUMMARY_TABLE v2 lần 2",
            "SUMMARY_TABLE_XLSX v1 lần 1", "SUMMARY_TABLE_XLSX v2 lần 2");
    submit("dongnaisogd", onlyTaskOf("dongnaisogd"), Map.of("verificationResult", "COMPLETE"));

    // the evaluators find fewer learning units than the commune reported
    Map<String, Object> findings = CommuneAnswers.level2();
    findings.put("c5_1", 60);
    Map<String, Object> evaluation = CommuneAnswers.evaluationForm(findings);
    ResponseEntity<Map> noReason = submit("dongnaisogd", onlyTaskOf("dongnaisogd"), evaluation);
    assertThat((String) noReason.getBody().get("message")).contains("chỉ tiêu C5.1 khác kết quả tự đánh giá của đơn vị");
    evaluation.put("ev_c5_1_note", "Số liệu thôn ấp chưa được xác nhận");
    assertThat(submit("dongnaisogd", onlyTaskOf("dongnaisogd"), evaluation).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(processInstanceId, "evaluatedLevel")).isEqualTo(1);
    // the provincial Association's own review, in parallel; the Director decides once both are in
    assertThat(tasksOf("dongnaigiamdoc")).isEmpty();
    assertThat(submit("dongnaikhuyenhoc", onlyTaskOf("dongnaikhuyenhoc"), CommuneAnswers.associationForm(CommuneAnswers.level2()))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    // the Association found every indicator met: its own level differs from the office's
    assertThat(runtime.getVariable(processInstanceId, "associationLevelText")).isEqualTo("Mức độ 2");

    String decision = onlyTaskOf("dongnaigiamdoc");
    assertThat((String) submit("dongnaigiamdoc", decision, Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1",
        "decisionDate", "2027-01-05")).getBody().get("message")).contains("Chưa nhập số quyết định công nhận.");
    assertThat(submit("dongnaigiamdoc", decision, Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1",
        "decisionNumber", "15/QĐ-PGDĐT", "decisionDate", "2027-01-05")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // stored in the application's own tables
    RecognitionCase recognitionCase = cases.findByBusinessKey("26428-2026").orElseThrow();
    assertThat(recognitionCase.getStatus()).isEqualTo(CaseStatus.RECOGNISED);
    assertThat(recognitionCase.getSelfAssessedLevel()).isEqualTo(2);
    assertThat(recognitionCase.getAppliedLevel()).isEqualTo(2);
    assertThat(recognitionCase.getEvaluatedLevel()).isEqualTo(1);
    assertThat(recognitionCase.getSubmissionRound()).isEqualTo(2);
    assertThat(returns.findByCaseIdOrderByRound(recognitionCase.getId()))
        .extracting(DossierReturn::getRound, DossierReturn::getReasons, DossierReturn::getReturnedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Thiếu biên bản họp xét", "dongnaisogd"));

    List<Assessment> recorded = assessments.history("26428-2026");
    assertThat(recorded).extracting(Assessment::getKind, Assessment::getLevel, Assessment::getRound).containsExactly(
        org.assertj.core.groups.Tuple.tuple(AssessmentKind.SELF, 2, 1),
        org.assertj.core.groups.Tuple.tuple(AssessmentKind.SELF, 2, 2),
        org.assertj.core.groups.Tuple.tuple(AssessmentKind.EVALUATION, 1, 2),
        org.assertj.core.groups.Tuple.tuple(AssessmentKind.EVALUATION, 2, 2));
    assertThat(recorded).extracting(Assessment::getReviewer).containsExactly(null, null, null, "ASSOCIATION");
    Assessment evaluated = recorded.get(2);
    assertThat(evaluated.getAnswers()).hasSize(15);
    AssessmentAnswer disputed = evaluated.getAnswers().stream().filter(a -> a.getIndicatorCode().equals("C5.1")).findFirst().orElseThrow();
    assertThat(disputed.getAgreed()).isFalse();
    assertThat(disputed.getNote()).isEqualTo("Số liệu thôn ấp chưa được xác nhận");
    assertThat(evaluated.getAnswers()).filteredOn(a -> !a.getIndicatorCode().equals("C5.1")).allMatch(AssessmentAnswer::getAgreed);
    assertThat(evaluated.getUnmetCriteria()).isEqualTo("Chưa đạt Mức độ 2: Tiêu chí 5 (Hiệu quả xây dựng cộng đồng học tập cấp xã).");
    assertThat(recorded.get(0).getJustifications()).hasSize(5);
    assertThat(recorded.get(0).getReviewMeetingDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(recorded.get(0).getRecordedBy()).isEqualTo("xuanbacdanhgia");

    Recognition recognition = recognitions.findByUnitCodeAndEvaluationYear("26428", 2026).orElseThrow();
    assertThat(recognition.getLevel()).isEqualTo(1);
    assertThat(recognition.getDecisionNumber()).isEqualTo("15/QĐ-PGDĐT");
    assertThat(recognition.getValidUntil()).isEqualTo(LocalDate.of(2029, 12, 31));
    executeDueJobs(management); // the case ends in a job of its own, after the decision is recorded
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getEndActivityId())
        .isEqualTo("EndEvent_Recognised");

    // the decision is downloadable from the case's dossier
    String dossier = http.withBasicAuth("dongnaigiamdoc", "demo").getForObject("/ho-so/26428-2026", String.class);
    assertThat(dossier).contains("Đã công nhận: <span>Mức độ 1 — quyết định số 15/QĐ-PGDĐT ngày 05/01/2027</span>",
        "href=\"/cong-khai/quyet-dinh/26428-2026.pdf\"");
    assertThat(http.getForEntity("/cong-khai/quyet-dinh/26428-2026.pdf", byte[].class).getHeaders().getContentType())
        .isEqualTo(org.springframework.http.MediaType.APPLICATION_PDF);

    // and published, to anyone
    ResponseEntity<List> published = http.getForEntity("/api/recognitions/communes?province=75&year=2026", List.class);
    assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(published.getBody()).singleElement().satisfies(entry -> assertThat((Map<String, Object>) entry)
        .containsEntry("unitCode", "26428").containsEntry("unitName", "Xã Xuân Bắc")
        .containsEntry("districtName", null).containsEntry("nowPartOf", null).containsEntry("level", 1).containsEntry("levelName", "Mức độ 1")
        .containsEntry("decisionNumber", "15/QĐ-PGDĐT").containsEntry("decisionDate", "2027-01-05")
        .containsEntry("validUntil", "2029-12-31"));
    assertThat(http.getForEntity("/api/recognitions/communes?province=75&year=2025", List.class).getBody()).isEmpty();
  }

  @Test
  void communeThatDoesNotMeetLevel1IsClosedAsSuch() {
    String processInstanceId = (String) http.withBasicAuth("dongnaidieuphoi", "demo")
        .postForEntity("/api/commune-cases", Map.of("communeCode", "26428", "evaluationYear", 2026), Map.class)
        .getBody().get("processInstanceId");
    submit("xuanbacdanhgia", onlyTaskOf("xuanbacdanhgia"), CommuneAnswers.selfAssessmentForm(CommuneAnswers.notMet(), "2027-01-04"));
    assertThat(runtime.getVariable(processInstanceId, "selfAssessmentShortfalls"))
        .isEqualTo("Chưa đạt Mức độ 1: Tiêu chí 1 (Lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã). "
            + "Chưa đạt Mức độ 2: Tiêu chí 1 (Lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã); "
            + "Tiêu chí 4 (Kết quả phổ cập giáo dục, xóa mù chữ); Tiêu chí 5 (Hiệu quả xây dựng cộng đồng học tập cấp xã); "
            + "Chưa có quyết định công nhận Mức độ 1 còn hiệu lực từ đủ 12 tháng.");
    String chairTask = onlyTaskOf("xuanbacchutich");
    assertThat((String) submit("xuanbacchutich", chairTask, Map.of("chairDecision", "APPLY", "appliedLevel", "1"))
        .getBody().get("message")).contains("chưa đạt Mức độ 1");
    submit("xuanbacchutich", chairTask, Map.of("chairDecision", "NOT_APPLY", "chairNote", "Phấn đấu năm sau"));

    RecognitionCase closed = cases.findByBusinessKey("26428-2026").orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.SELF_ASSESSED_NOT_MET);
    assertThat(closed.getClosingNote()).isEqualTo("Phấn đấu năm sau");
    assertThat(closed.getClosedAt()).isNotNull();
    assertThat(recognitions.findByUnitCodeAndEvaluationYear("26428", 2026)).isEmpty();
  }

  @Test
  void openingACaseRefusesBadInputAndOthersThanTheProvinceCoordinator() {
    assertThat(open("dongnaidieuphoi", "99999", 2026)).contains("Không tìm thấy đơn vị hành chính có mã 99999.");
    assertThat(open("dongnaidieuphoi", "741", 2026)).contains("Không tìm thấy đơn vị hành chính có mã 741.");
    assertThat(open("dongnaidieuphoi", "26428", 2023)).contains("Năm đánh giá phải từ 2024 đến 2027");
    assertThat(open("xuanbacdanhgia", "26428", 2026)).contains("Chỉ điều phối viên của tỉnh");
    assertThat(http.postForEntity("/api/commune-cases", Map.of("communeCode", "26428", "evaluationYear", 2026), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(cases.count()).isZero();

    assertThat(http.withBasicAuth("dongnaidieuphoi", "demo")
        .postForEntity("/api/commune-cases", Map.of("communeCode", "26428", "evaluationYear", 2026), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(open("dongnaidieuphoi", "26428", 2026)).isEqualTo("Xã Xuân Bắc đã có hồ sơ đánh giá năm 2026 (mã hồ sơ "
        + "26428-2026); mỗi đơn vị chỉ có một hồ sơ cho mỗi năm đánh giá.");
    assertThat(cases.count()).isOne();
  }

  /**
   * The new Xuân Bắc when only the old Xuân Bắc was recognised, not Suối Nho: it is told what each held,
   * inherits nothing (provisional rule) and so cannot apply for an upgrade.
   */
  @Test
  void aNewCommuneInheritsNothingWhileOneOfItsPredecessorsWasNotRecognised() {
    recognitions.save(new Recognition("26428", UnitLevel.COMMUNE, 2024, 1, "30/QĐ-PGDĐT", LocalDate.of(2025, 3, 1),
        LocalDate.of(2027, 12, 31), "26428-2024", Instant.now()));
    String processInstanceId = (String) http.withBasicAuth("dongnaidieuphoi", "demo")
        .postForEntity("/api/commune-cases", Map.of("communeCode", "26428", "evaluationYear", 2026), Map.class)
        .getBody().get("processInstanceId");
    assertThat(runtime.getVariable(processInstanceId, "standingRecognition")).isEqualTo("Trước 01/07/2025, các đơn vị "
        + "hợp thành đơn vị này: Xã Suối Nho: chưa được công nhận hoặc đã hết hiệu lực; Xã Xuân Bắc: Mức độ 1, quyết định "
        + "số 30/QĐ-PGDĐT ngày 01/03/2025, còn hiệu lực đến 31/12/2027. Theo quy tắc kế thừa (tạm tính), đơn vị chưa kế "
        + "thừa công nhận nào.");
    assertThat(communeCases.upgradeFactsToday("26428", 2026)).isEqualTo(UpgradeFacts.NONE);
    // once Suối Nho's recognition is recorded too, Xuân Bắc stands on Level 1 since the later decision
    recognitions.save(new Recognition("26245", UnitLevel.COMMUNE, 2024, 1, "28/QĐ-PGDĐT", LocalDate.of(2025, 4, 20),
        LocalDate.of(2027, 12, 31), "26245-2024", Instant.now()));
    assertThat(communeCases.upgradeFactsToday("26428", 2026)).isEqualTo(new UpgradeFacts(1, 20));
  }

  @Test
  void publishedListRefusesUnknownUnits() {
    ResponseEntity<Map> unknown = http.getForEntity("/api/recognitions/communes?province=99", Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) unknown.getBody().get("message")).isEqualTo("Không tìm thấy tỉnh có mã 99.");
    ResponseEntity<Map> elsewhere = http.getForEntity("/api/recognitions/communes?province=75&district=001", Map.class);
    assertThat((String) elsewhere.getBody().get("message")).isEqualTo("Quận Ba Đình không thuộc Tỉnh Đồng Nai.");
  }

  private String open(String user, String communeCode, int year) {
    ResponseEntity<Map> response = http.withBasicAuth(user, "demo")
        .postForEntity("/api/commune-cases", Map.of("communeCode", communeCode, "evaluationYear", year), Map.class);
    assertThat(response.getStatusCode().is4xxClientError()).isTrue();
    return (String) response.getBody().get("message");
  }
}
