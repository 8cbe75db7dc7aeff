package vn.learningcommunity.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.recognition.Recognition;
import vn.learningcommunity.recognition.RecognitionRepository;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.CommuneAnswers;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;

/**
 * The 2026 campaign of today's Đồng Nai (old Bình Phước and old Đồng Nai, 95 communes, no districts)
 * run through the application: every commune is routed to the Department of Education with the
 * provincial Association, no district case is opened, the commune report of 15 February is the
 * province's own, and the province's case follows it — while the 2024 results of the old communes
 * stay published as they were.
 */
class TwoTierCampaignApplicationTest extends ApplicationTestSupport {

  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired UnitDirectory units;
  @Autowired RecognitionRepository recognitions;

  @Test
  void todaysDongNaiRoutesEveryCommuneToItsDepartmentAndReportsThemItself() throws IOException {
    // an old commune of Xuân Lộc district recognised for 2024, published as it was
    recognitions.save(new Recognition("26431", UnitLevel.COMMUNE, 2024, 1, "31/QĐ-PGDĐT", LocalDate.of(2025, 3, 1),
        LocalDate.of(2027, 12, 31), "26431-2024", Instant.now()));
    provisioning.ensureUser("hcmsogd", "Chuyên viên", "Sở GD&ĐT TP. Hồ Chí Minh", "demo",
        provisioning.ensureGroup(UnitRole.DEPARTMENT_STAFF, "79", "Thành phố Hồ Chí Minh"));

    ResponseEntity<Map> opened = http.withBasicAuth("dongnaidieuphoi", "demo").postForEntity("/api/campaigns",
        Map.of("provinceCode", "75", "evaluationYear", 2026), Map.class);
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String campaign = (String) opened.getBody().get("processInstanceId");
    executeDueJobs(management);

    // one commune round of the province itself, no district campaign
    ProcessInstance round = runtime.createProcessInstanceQuery().superProcessInstanceId(campaign).singleResult();
    assertThat(round.getBusinessKey()).isEqualTo("75-2026");
    List<ProcessInstance> communeCases = runtime.createProcessInstanceQuery().superProcessInstanceId(round.getId()).list();
    List<AdministrativeUnit> todaysCommunes = units.children("75", UnitDirectory.structureDayOf(2026));
    assertThat(todaysCommunes).hasSize(95);
    assertThat(communeCases).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrderElementsOf(todaysCommunes.stream().map(c -> c.getCode() + "-2026").toList());
    // a commune of old Bình Phước, now of Đồng Nai
    assertThat(communeCases).extracting(ProcessInstance::getBusinessKey).contains("25195-2026");

    // Xuân Bắc's dossier goes to the Department, the provincial Association and the Director
    String xuanBac = communeCases.stream().filter(c -> c.getBusinessKey().equals("26428-2026")).findFirst().orElseThrow().getId();
    assertThat(runtime.getVariables(xuanBac)).containsEntry("unitName", "Xã Xuân Bắc (Tỉnh Đồng Nai)")
        .containsEntry("reviewingUnitCode", "75").containsEntry("verifierRole", "DEPARTMENT_STAFF")
        .containsEntry("verifierTitle", "Chuyên viên Sở GD&ĐT").containsEntry("deciderRole", "DEPARTMENT_DIRECTOR")
        .containsEntry("districtCode", null).containsEntry("districtCases", false);
    submit("xuanbacdanhgia", onlyTaskOf("xuanbacdanhgia"), CommuneAnswers.selfAssessmentForm(CommuneAnswers.level1(), "2027-01-04"));
    attachMinutes("26428-2026");
    submit("xuanbacchutich", onlyTaskOf("xuanbacchutich"), Map.of("chairDecision", "APPLY", "appliedLevel", "1"));
    assertThat(tasksOf("xuanlocphonggd")).isEmpty();
    assertThat(tasksOf("hcmsogd")).isEmpty();
    assertThat(submit("dongnaisogd", onlyTaskOf("dongnaisogd"), Map.of("verificationResult", "COMPLETE")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(submit("dongnaisogd", onlyTaskOf("dongnaisogd"), CommuneAnswers.evaluationForm(CommuneAnswers.level1()))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasksOf("xuanlockhuyenhoc")).isEmpty();
    assertThat(submit("dongnaikhuyenhoc", onlyTaskOf("dongnaikhuyenhoc"), CommuneAnswers.associationForm(CommuneAnswers.level1()))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasksOf("xuanloctruongphong")).isEmpty();
    assertThat(submit("dongnaigiamdoc", onlyTaskOf("dongnaigiamdoc"), Map.of("headDecision", "RECOGNISE",
        "recognisedLevel", "1", "decisionNumber", "5/QĐ-SGDĐT", "decisionDate", "2027-01-05")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // 14 February 2027, 17:00 (the plan's date, in the shipped calendar): the province's one commune report
    ClockUtil.setCurrentTime(at("2027-02-14T17:00:01+07:00"));
    management.executeJob(management.createJobQuery().processInstanceId(round.getId())
        .activityId("Timer_CommuneResultsReportDeadline").singleResult().getId());
    List<Map<String, Object>> reports = reports("dongnaidieuphoi");
    assertThat(reports).singleElement().satisfies(report -> assertThat(report)
        .containsEntry("kind", "DISTRICT_COMMUNE_RESULTS").containsEntry("unitCode", "75")
        .containsEntry("lines", 95).containsEntry("pending", 94));
    Sheet sheet = workbook("dongnaigiamdoc", reports.get(0));
    assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(95);
    assertThat(http.withBasicAuth("xuanlocphonggd", "demo").getForEntity((String) reports.get(0).get("download"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("hcmsogd", "demo").getForEntity((String) reports.get(0).get("download"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // the province's case starts with the report, its share of communes counted on today's 95
    ProcessInstance provinceCase = runtime.createProcessInstanceQuery().processDefinitionKey("provinceRecognition")
        .processInstanceBusinessKey("75-2026").singleResult();
    assertThat(provinceCase).isNotNull();
    assertThat(runtime.getVariable(provinceCase.getId(), "p4_2")).isEqualTo(1.05);
    assertThat(runtime.getVariable(provinceCase.getId(), "p4_1")).isNull();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("districtRecognition")
        .processInstanceBusinessKeyLike("%-2026").count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("districtCampaign")
        .processInstanceBusinessKeyLike("%-2026").count()).isOne();

    // results: the new Xuân Bắc of 2026, and the old Suối Cao of 2024 as it was, now part of Xuân Thành
    List<Map<String, Object>> published = http.getForEntity("/api/recognitions/communes?province=75", List.class).getBody();
    assertThat(published).extracting(p -> p.get("unitName") + " " + p.get("evaluationYear") + " " + p.get("districtName")
        + " " + p.get("nowPartOf"))
        .containsExactly("Xã Xuân Bắc 2026 null null", "Xã Suối Cao 2024 Huyện Xuân Lộc nay là Xã Xuân Thành");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> reports(String user) {
    return http.withBasicAuth(user, "demo").getForEntity("/api/campaigns/75-2026/reports", List.class).getBody();
  }

  private Sheet workbook(String user, Map<String, Object> report) throws IOException {
    ResponseEntity<byte[]> download = http.withBasicAuth(user, "demo").getForEntity((String) report.get("download"), byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    return new XSSFWorkbook(new ByteArrayInputStream(download.getBody())).getSheetAt(0);
  }
}
