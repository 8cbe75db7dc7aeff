package vn.learningcommunity.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.recognition.CaseStatus;
import vn.learningcommunity.recognition.Recognition;
import vn.learningcommunity.recognition.RecognitionCaseRepository;
import vn.learningcommunity.recognition.RecognitionRepository;
import vn.learningcommunity.reporting.Progress;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.CommuneAnswers;
import vn.learningcommunity.testsupport.LevelAnswers;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.web.Spreadsheets;

/**
 * The 2024 campaign of Đồng Nai (11 districts, 159 communes) run through the application: opened by
 * the coordinator, every commune case started through the district grouping, generated answers,
 * both February deadlines fired with cases unfinished, one district reporting early, the
 * districts' and the province's own cases decided while one commune never finishes, and the
 * reports read back from their .xlsx against figures the test computes itself.
 */
class CampaignApplicationTest extends ApplicationTestSupport {

  static final String EXCLUDED_COMMUNE = "26425";
  static final String EARLY_DISTRICT = "732";
  /** Communes of the early district holding a 2023 Level 1 recognition still valid: one upgrades, one skips. */
  static final String UPGRADING_COMMUNE = "26077";
  static final String SKIPPING_COMMUNE = "26080";

  @Autowired RecognitionRepository recognitions;
  @Autowired RecognitionCaseRepository caseRecords;

  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired UnitDirectory units;

  /** What the test did to each commune: the status and level it expects the reports to show. */
  final Map<String, String> expectedStatus = new LinkedHashMap<>();
  final Map<String, Integer> expectedLevel = new HashMap<>();

  @Test
  void dongNaiCampaignRunsThroughBothFebruaryDeadlinesAndNobodyWaitsForAStraggler() throws IOException {
    ClockUtil.setCurrentTime(at("2025-01-02T08:00:00+07:00"));
    for (String commune : List.of(UPGRADING_COMMUNE, SKIPPING_COMMUNE)) {
      recognitions.save(new Recognition(commune, UnitLevel.COMMUNE, 2023, 1, "9/QĐ-PGDĐT", LocalDate.of(2023, 12, 1),
          LocalDate.of(2026, 12, 31), commune + "-2023", Instant.now()));
    }
    ResponseEntity<Map> opened = http.withBasicAuth("dongnaidieuphoi", "demo").postForEntity("/api/campaigns", Map.of(
        "provinceCode", "75", "evaluationYear", 2024,
        "exclusions", List.of(Map.of("unitCode", EXCLUDED_COMMUNE, "reason", "Sáp nhập đơn vị hành chính"))), Map.class);
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(opened.getBody()).containsEntry("businessKey", "75-2024");
    // the defaults keep the Circular's limits; only days off are pointed out (Tết Ất Tỵ 2025 took 25/01–02/02)
    assertThat((List<String>) opened.getBody().get("warnings")).allMatch(warning -> warning.contains("rơi vào ngày nghỉ"))
        .contains("Hạn \"Đánh giá hồ sơ\" (31/01/2025) rơi vào ngày nghỉ; hạn được tính là ngày làm việc 24/01/2025.");
    String campaignInstance = (String) opened.getBody().get("processInstanceId");

    executeDueJobs(management);
    List<ProcessInstance> districts = runtime.createProcessInstanceQuery().superProcessInstanceId(campaignInstance).list();
    assertThat(districts).hasSize(11);
    int communeCases = 0;
    for (ProcessInstance district : districts) {
      List<ProcessInstance> communes = runtime.createProcessInstanceQuery().superProcessInstanceId(district.getId()).list();
      String districtCode = district.getBusinessKey().split("-")[0];
      assertThat(communes).allMatch(c -> units.find(c.getBusinessKey().split("-")[0]).orElseThrow()
          .getParentCode().equals(districtCode));
      communeCases += communes.size();
    }
    assertThat(communeCases).isEqualTo(158);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("communeRecognition").processInstanceBusinessKey(
        EXCLUDED_COMMUNE + "-2024").count()).isZero();

    // generated answers: every commune of the early district is decided, two in three of the others are
    Random answers = new Random(20250215);
    for (AdministrativeUnit district : units.children("75")) {
      List<AdministrativeUnit> communes = units.children(district.getCode());
      for (int i = 0; i < communes.size(); i++) {
        String commune = communes.get(i).getCode();
        if (commune.equals(EXCLUDED_COMMUNE)) {
          expectedStatus.put(commune, "Không tham gia");
        } else if (commune.equals(UPGRADING_COMMUNE)) {
          upgrade(commune);
        } else if (commune.equals(SKIPPING_COMMUNE)) {
          complete(commune + "-2024", CommuneAnswers.selfAssessmentForm(CommuneAnswers.level2(), "2024-12-20"));
          complete(commune + "-2024", Map.of("chairDecision", "NOT_APPLY", "chairNote", "Giữ kết quả năm 2023"));
          expectedStatus.put(commune, "Không đề nghị");
        } else if (district.getCode().equals(EARLY_DISTRICT) || i % 3 != 2) {
          decide(commune, answers.nextInt(4));
        } else {
          expectedStatus.put(commune, "Chưa hoàn thành");
        }
      }
    }
    executeDueJobs(management);

    List<Map<String, Object>> produced = reports();
    assertThat(produced).singleElement().satisfies(report -> assertThat(report)
        .containsEntry("kind", "DISTRICT_COMMUNE_RESULTS").containsEntry("unitCode", EARLY_DISTRICT)
        .containsEntry("producedBy", "ALL_DECIDED").containsEntry("pending", 0));

    // 15 February, 17:00: every other district reports with its unfinished communes listed
    ClockUtil.setCurrentTime(at("2025-02-15T17:00:01+07:00"));
    executeDueJobs(management);
    produced = reports();
    assertThat(produced).hasSize(11).allMatch(r -> "DISTRICT_COMMUNE_RESULTS".equals(r.get("kind")));
    assertThat(produced).filteredOn(r -> !EARLY_DISTRICT.equals(r.get("unitCode"))).allMatch(r -> "DEADLINE".equals(r.get("producedBy")));
    for (Map<String, Object> report : produced) {
      assertDistrictWorkbook(report);
    }
    List<Task> followUps = tasks.createTaskQuery().taskDefinitionKey("Task_CommuneResultsFollowUpPending").list();
    assertThat(followUps).hasSize(10).allSatisfy(task -> assertThat(tasks.getIdentityLinksForTask(task.getId()))
        .anyMatch(link -> "tinh75dieuphoi".equals(link.getGroupId())));
    // nobody waits for the unfinished communes: every district's own case started with its report
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("districtRecognition").list()).hasSize(11);

    // the unfinished communes go on: all but one straggler are decided after the report, which adds their results
    String straggler = expectedStatus.entrySet().stream().filter(e -> "Chưa hoàn thành".equals(e.getValue()))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
    String stragglerDistrict = units.find(straggler).orElseThrow().getParentCode();
    ClockUtil.setCurrentTime(at("2025-02-18T09:00:00+07:00"));
    List<String> late = expectedStatus.entrySet().stream()
        .filter(e -> "Chưa hoàn thành".equals(e.getValue()) && !e.getKey().equals(straggler)).map(Map.Entry::getKey).toList();
    for (String commune : late) {
      decide(commune, answers.nextInt(4));
    }
    Map<String, Object> stragglerReport = reports().stream().filter(r -> stragglerDistrict.equals(r.get("unitCode")))
        .findFirst().orElseThrow();
    List<String> lateInDistrict = late.stream()
        .filter(c -> units.find(c).orElseThrow().getParentCode().equals(stragglerDistrict)).toList();
    assertThat(stragglerReport).containsEntry("pending", 1).containsEntry("laterResults", lateInDistrict.size());
    assertLaterLines(workbook(stragglerReport), units.children(stragglerDistrict).size(), lateInDistrict);

    // 25 February: the Department reports the districts, none of which has its own decision yet
    ClockUtil.setCurrentTime(at("2025-02-25T17:00:01+07:00"));
    executeDueJobs(management);
    Map<String, Object> departmentReport = reports().stream().filter(r -> "DEPARTMENT_DISTRICT_RESULTS".equals(r.get("kind")))
        .findFirst().orElseThrow();
    assertThat(departmentReport).containsEntry("producedBy", "DEADLINE").containsEntry("lines", 11).containsEntry("pending", 11);
    Sheet sheet = workbook(departmentReport);
    for (int row = 5; row < 16; row++) {
      String districtCode = sheet.getRow(row).getCell(1).getStringCellValue();
      assertThat(sheet.getRow(row).getCell(7).getStringCellValue()).as(districtCode)
          .isEqualTo("Chưa có quyết định công nhận cấp huyện. " + communeSummary(districtCode));
    }
    // and the province's own case goes to the Ministry although a commune and every district are still open
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("provinceRecognition")
        .processInstanceBusinessKey("75-2024").count()).isOne();

    // every district is decided after the report (each result added to it), then the province
    ClockUtil.setCurrentTime(at("2025-03-03T09:00:00+07:00"));
    List<String> districtCodes = units.children("75").stream().map(AdministrativeUnit::getCode).toList();
    for (String district : districtCodes) {
      runDistrictCase(district);
    }
    departmentReport = reports().stream().filter(r -> "DEPARTMENT_DISTRICT_RESULTS".equals(r.get("kind"))).findFirst().orElseThrow();
    assertThat(departmentReport).containsEntry("pending", 0).containsEntry("laterResults", 11);
    assertLaterLines(workbook(departmentReport), 11, districtCodes);
    runProvinceCase();

    assertThat(caseRecords.findByBusinessKey("75-2024").orElseThrow().getStatus()).isIn(CaseStatus.RECOGNISED, CaseStatus.REFUSED);
    assertThat(districtCodes).allSatisfy(district -> assertThat(caseRecords.findByBusinessKey(district + "-2024").orElseThrow()
        .getStatus()).isIn(CaseStatus.RECOGNISED, CaseStatus.REFUSED, CaseStatus.NOT_APPLYING, CaseStatus.SELF_ASSESSED_NOT_MET));
    // the coordinator closes the follow-ups of the communes that were pending at the report
    for (Task followUp : tasks.createTaskQuery().taskDefinitionKey("Task_CommuneResultsFollowUpPending").list()) {
      tasks.complete(followUp.getId(), Map.of("followUpNote", "Đã đôn đốc; xã đã có kết quả"));
    }
    // only the straggler is still open, and with it its district's campaign and the province's
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("communeRecognition").list())
        .extracting(ProcessInstance::getBusinessKey).containsExactly(straggler + "-2024");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("districtCampaign").list())
        .extracting(ProcessInstance::getBusinessKey).containsExactly(stragglerDistrict + "-2024");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(campaignInstance).count()).isOne();

    // progress of 2024 against the plan, recomputed here from what the test decided; the commune that
    // skipped this year still counts with its 2023 recognition
    long recognised = expectedStatus.values().stream().filter("Đã công nhận"::equals).count() + 1;
    BigDecimal share = BigDecimal.valueOf(recognised * 100).divide(BigDecimal.valueOf(159), 2, RoundingMode.HALF_UP);
    Progress progress = http.getForObject("/api/progress?province=75&year=2024", Progress.class);
    assertThat(progress.communes()).isEqualTo(new Progress.Share(159, (int) recognised, share, 1, new BigDecimal("0.63")));
    assertThat(progress.targets().get(0).actualPercent()).isEqualTo(share);
    assertThat(progress.targets().get(0).met()).isEqualTo(share.compareTo(BigDecimal.valueOf(40)) >= 0);
    for (Progress.DistrictProgress district : progress.perDistrict()) {
      long inDistrict = units.children(district.districtCode()).stream()
          .filter(c -> "Đã công nhận".equals(expectedStatus.get(c.getCode())) || c.getCode().equals(SKIPPING_COMMUNE)).count();
      assertThat(district.communes().level1OrHigher()).as(district.districtCode()).isEqualTo((int) inDistrict);
    }
  }

  /** The district report's summary of its communes, from what the test decided. */
  private String communeSummary(String districtCode) {
    List<String> communes = units.children(districtCode).stream().map(AdministrativeUnit::getCode).toList();
    long recognised = communes.stream().filter(c -> "Đã công nhận".equals(expectedStatus.get(c))).count();
    long level2 = communes.stream().filter(c -> Integer.valueOf(2).equals(expectedLevel.get(c))).count();
    long pending = communes.stream().filter(c -> "Chưa hoàn thành".equals(expectedStatus.get(c))).count();
    return "Cấp xã: " + recognised + "/" + communes.size() + " xã được công nhận (mức độ 2: " + level2 + ")"
        + (pending > 0 ? ", " + pending + " xã chưa hoàn thành" : "");
  }

  /** After the report's own lines, one line per unit decided later, with its result and the day it was added. */
  private void assertLaterLines(Sheet sheet, int reportedLines, List<String> decidedLater) {
    assertThat(sheet.getLastRowNum()).isEqualTo(4 + reportedLines + decidedLater.size());
    List<String> added = new ArrayList<>();
    for (int row = 5 + reportedLines; row <= sheet.getLastRowNum(); row++) {
      String unit = sheet.getRow(row).getCell(1).getStringCellValue();
      added.add(unit);
      assertThat(sheet.getRow(row).getCell(3).getStringCellValue()).as(unit).isNotEqualTo("Chưa hoàn thành");
      if (expectedStatus.containsKey(unit)) {
        assertThat(sheet.getRow(row).getCell(3).getStringCellValue()).as(unit).isEqualTo(expectedStatus.get(unit));
      }
      assertThat(sheet.getRow(row).getCell(8).getStringCellValue()).as(unit).matches("ngày \\d{2}/\\d{2}/2025");
    }
    assertThat(added).containsExactlyInAnyOrderElementsOf(decidedLater);
  }

  /** Runs a district's own case to a decision: recognised at Level 1 where its figures allow. */
  private void runDistrictCase(String district) {
    runOwnCase(district + "-2024", LevelAnswers.selfAssessment(LevelAnswers.district(""), "d", 5, "2025-03-02"),
        Map.of("Task_DepartmentReview", LevelAnswers.district("ev_"), "Task_AssociationReview", LevelAnswers.district("as_")),
        district + "/QĐ-SGDĐT");
  }

  private void runProvinceCase() {
    runOwnCase("75-2024", LevelAnswers.selfAssessment(LevelAnswers.province(""), "p", 4, "2025-03-02"),
        Map.of("Task_MinistryReview", LevelAnswers.province("ev_")), "99/QĐ-BGDĐT");
  }

  /** Self-assessment, approval (or not applying when nothing is met), verification, the reviews, the decision. */
  private void runOwnCase(String key, Map<String, Object> selfAssessment, Map<String, Map<String, Object>> reviews,
      String decisionNumber) {
    complete(key, selfAssessment);
    if (((Number) variable(key, "selfAssessedLevel")).intValue() == 0) {
      complete(key, Map.of("chairDecision", "NOT_APPLY"));
      return;
    }
    attachMinutes(key);
    complete(key, Map.of("chairDecision", "APPLY", "appliedLevel", "1"));
    complete(key, Map.of("verificationResult", "COMPLETE"));
    reviews.forEach((task, findings) -> completeStep(key, task, findings));
    complete(key, Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1", "decisionNumber", decisionNumber,
        "decisionDate", "2025-03-03"));
  }

  private void completeStep(String businessKey, String taskDefinitionKey, Map<String, Object> values) {
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey)
        .singleResult().getId(), new HashMap<>(values));
  }

  private Object variable(String caseKey, String name) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseKey).active().list().stream()
        .filter(t -> !t.getTaskDefinitionKey().contains("FollowUp")).findFirst().orElseThrow();
    return runtime.getVariable(task.getProcessInstanceId(), name);
  }

  /** Runs one commune case to its end: 0 not met, 1 and 2 recognised at that level, 3 refused at Level 1. */
  private void decide(String commune, int outcome) {
    String key = commune + "-2024";
    Map<String, Object> answers = switch (outcome) {
      case 0 -> CommuneAnswers.notMet();
      case 2 -> CommuneAnswers.level2();
      default -> CommuneAnswers.level1();
    };
    complete(key, CommuneAnswers.selfAssessmentForm(answers, "2024-12-20"));
    if (outcome == 0) {
      complete(key, Map.of("chairDecision", "NOT_APPLY"));
      expectedStatus.put(commune, "Tự đánh giá chưa đạt");
      return;
    }
    // no standing recognition: Level 2 answers give Level 1
    attachMinutes(key);
    complete(key, Map.of("chairDecision", "APPLY", "appliedLevel", "1"));
    complete(key, Map.of("verificationResult", "COMPLETE"));
    completeStep(key, "Task_EvaluateDossier", CommuneAnswers.evaluationForm(answers));
    completeStep(key, "Task_DistrictAssociationReview", CommuneAnswers.associationForm(answers));
    if (outcome == 3) {
      complete(key, Map.of("headDecision", "REFUSE", "refusalReasons", "Minh chứng chưa đầy đủ"));
      expectedStatus.put(commune, "Không công nhận");
      return;
    }
    complete(key, Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1", "decisionNumber", commune + "/QĐ-PGDĐT",
        "decisionDate", today()));
    expectedStatus.put(commune, "Đã công nhận");
    expectedLevel.put(commune, 1);
  }

  private static String today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString();
  }

  /** A commune with a standing Level 1 recognition of December 2023 applies for, and is granted, Level 2. */
  private void upgrade(String commune) {
    String key = commune + "-2024";
    complete(key, CommuneAnswers.selfAssessmentForm(CommuneAnswers.level2(), "2024-12-20"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult()).isNotNull();
    attachMinutes(key);
    complete(key, Map.of("chairDecision", "APPLY", "appliedLevel", "2"));
    complete(key, Map.of("verificationResult", "COMPLETE"));
    completeStep(key, "Task_EvaluateDossier", CommuneAnswers.evaluationForm(CommuneAnswers.level2()));
    completeStep(key, "Task_DistrictAssociationReview", CommuneAnswers.associationForm(CommuneAnswers.level2()));
    complete(key, Map.of("headDecision", "RECOGNISE", "recognisedLevel", "2", "decisionNumber", commune + "/QĐ-PGDĐT",
        "decisionDate", "2025-01-02"));
    expectedStatus.put(commune, "Đã công nhận");
    expectedLevel.put(commune, 2);
  }

  private void complete(String businessKey, Map<String, Object> values) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active().list().stream()
        .filter(t -> !t.getTaskDefinitionKey().contains("FollowUp")).findFirst().orElseThrow();
    tasks.complete(task.getId(), new HashMap<>(values));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> reports() {
    return http.withBasicAuth("dongnaidieuphoi", "demo").getForEntity("/api/campaigns/75-2024/reports", List.class).getBody();
  }

  private Sheet workbook(Map<String, Object> report) throws IOException {
    ResponseEntity<byte[]> download = http.withBasicAuth("dongnaidieuphoi", "demo")
        .getForEntity((String) report.get("download"), byte[].class);
    assertThat(download.getHeaders().getContentType()).isEqualTo(Spreadsheets.XLSX);
    XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getBody()));
    Sheet sheet = workbook.getSheetAt(0);
    List<String> headings = new ArrayList<>();
    sheet.getRow(4).forEach(cell -> headings.add(cell.getStringCellValue()));
    assertThat(headings).containsExactly("STT", "Mã đơn vị", "Tên đơn vị", "Kết quả", "Mức công nhận", "Số quyết định",
        "Ngày quyết định", "Ghi chú", "Bổ sung sau báo cáo");
    return sheet;
  }

  private void assertDistrictWorkbook(Map<String, Object> report) throws IOException {
    String districtCode = (String) report.get("unitCode");
    Sheet sheet = workbook(report);
    assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
        .isEqualTo(units.find(districtCode).orElseThrow().getName() + " — năm đánh giá 2024");
    List<AdministrativeUnit> communes = units.children(districtCode);
    assertThat(sheet.getLastRowNum()).isEqualTo(4 + communes.size());
    long pending = 0;
    for (int i = 0; i < communes.size(); i++) {
      Row row = sheet.getRow(5 + i);
      String commune = communes.get(i).getCode();
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(commune);
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo(communes.get(i).getName());
      assertThat(row.getCell(3).getStringCellValue()).as(commune).isEqualTo(expectedStatus.get(commune));
      Integer level = expectedLevel.get(commune);
      assertThat(row.getCell(4).getStringCellValue()).isEqualTo(level == null ? "" : "Mức độ " + level);
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo(level == null ? "" : commune + "/QĐ-PGDĐT");
      if ("Chưa hoàn thành".equals(expectedStatus.get(commune))) {
        pending++;
        assertThat(row.getCell(7).getStringCellValue()).startsWith("Đang ở bước: Tự đánh giá theo tiêu chí");
      }
    }
    assertThat(((Number) report.get("pending")).longValue()).isEqualTo(pending);
  }
}
