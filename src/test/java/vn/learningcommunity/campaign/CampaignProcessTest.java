package vn.learningcommunity.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.learningcommunity.testsupport.Times.at;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.learningcommunity.deadline.Deadlines;
import vn.learningcommunity.deadline.FollowUpValidator;
import vn.learningcommunity.identity.CandidateGroups;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.routing.DossierRoute;
import vn.learningcommunity.testsupport.CalendarFixtures;
import vn.learningcommunity.testsupport.RecordingDelegate;
import vn.learningcommunity.testsupport.TestEngine;
import vn.learningcommunity.unit.GovernmentStructure;
import vn.learningcommunity.validation.TaskCompletionValidation;
import vn.learningcommunity.testsupport.AtOnce;

/**
 * The campaign models on a plain engine: the real BPMN of the campaign and its districts, the real
 * calendar and groups; each commune, district and province case is a one-task stand-in, the reports are recorded.
 */
@Deployment(resources = {"processes/campaign/annualCampaign.bpmn", "processes/campaign/districtCampaign.bpmn"})
class CampaignProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  final List<String> calls = new ArrayList<>();
  final Set<String> produced = new HashSet<>();
  /** Communes of each district in the stand-in campaign. */
  final Map<String, List<String>> communesOf = Map.of("741", List.of("26425", "26428", "26431"), "742", List.of("26470"),
      "75", List.of("26428", "26434"));
  /** The route the stand-in for "Ghi nhận chiến dịch" gives the campaign, as the real one reads it from DMN. */
  DossierRoute route = THREE_TIERS;

  static final DossierRoute THREE_TIERS = new DossierRoute(GovernmentStructure.THREE_TIER, true,
      UnitRole.DISTRICT_OFFICE_STAFF, UnitRole.DISTRICT_ASSOCIATION, UnitRole.DISTRICT_OFFICE_HEAD, false);
  static final DossierRoute TWO_TIERS = new DossierRoute(GovernmentStructure.TWO_TIER, false,
      UnitRole.DEPARTMENT_STAFF, UnitRole.PROVINCE_ASSOCIATION, UnitRole.DEPARTMENT_DIRECTOR, true);

  /** Answers the gateways' question, as the real service does from the report table. */
  public class ProducedReports {
    public boolean isProduced(String kind, String province, Object year, String unit) {
      return produced.contains(kind + ":" + unit);
    }
  }

  /** The districts and communes the campaign starts cases for. */
  public class Units {
    public List<String> districts(DelegateExecution execution) {
      return List.of("741", "742");
    }

    public List<String> communes(DelegateExecution execution) {
      return communesOf.get((String) execution.getVariable("reviewingUnitCode"));
    }
  }

  @BeforeEach
  void wire() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at("2025-01-02T08:00:00+07:00"));
    repositoryService().createDeployment()
        .addModelInstance("communeStandIn.bpmn", Bpmn.createExecutableProcess("communeRecognition").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_CommuneCase").name("Hồ sơ xã").endEvent().camundaAsyncBefore().done())
        .addModelInstance("districtStandIn.bpmn", Bpmn.createExecutableProcess("districtRecognition").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_DistrictCase").name("Hồ sơ huyện").endEvent().done())
        .addModelInstance("provinceStandIn.bpmn", Bpmn.createExecutableProcess("provinceRecognition").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_ProvinceCase").name("Hồ sơ tỉnh").endEvent().done())
        .deploy();
    Map<Object, Object> beans = TestEngine.BEANS;
    beans.clear();
    beans.put("deadlines", new Deadlines(CalendarFixtures.shipped()));
    beans.put("groups", new CandidateGroups());
    beans.put("taskValidation", new TaskCompletionValidation(List.of(new FollowUpValidator())));
    beans.put("campaignUnits", new Units());
    beans.put("campaignReports", new ProducedReports());
    beans.put("communeResultsReport", report("DISTRICT_COMMUNE_RESULTS", "reviewingUnitCode"));
    beans.put("districtResultsReport", report("DEPARTMENT_DISTRICT_RESULTS", "provinceCode"));
    beans.put("campaignRecording", new RecordingDelegate("campaignRecording", calls, execution -> route.writeTo(execution)));
    beans.put("campaignDeadlineNotice", new RecordingDelegate("campaignDeadlineNotice", calls,
        execution -> calls.add("notice to " + execution.getVariable("recipientGroup"))));
  }

  RecordingDelegate report(String kind, String unitVariable) {
    return new RecordingDelegate(kind, calls, execution -> {
      String unit = (String) execution.getVariable(unitVariable);
      produced.add(kind + ":" + unit);
      calls.add(kind + " " + unit + " " + execution.getVariable("trigger"));
      long pending = runtimeService().createProcessInstanceQuery().processDefinitionKey("communeRecognition").active().count();
      execution.setVariable("pendingCount", pending);
    });
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    TestEngine.BEANS.clear();
    repositoryService().createDeploymentQuery().list().stream()
        .filter(d -> repositoryService().getDeploymentResourceNames(d.getId()).contains("districtStandIn.bpmn"))
        .forEach(d -> repositoryService().deleteDeployment(d.getId(), true));
  }

  ProcessInstance startDistrict(String district) {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("districtCampaign", district + "-2024",
        Map.of("provinceCode", "75", "evaluationYear", 2024, "reviewingUnitCode", district, "districtCases", true,
            "deciderRole", "DISTRICT_OFFICE_HEAD"));
    executeAsync();
    return instance;
  }

  /** Runs the async continuations (case starts; the campaign noting a finished case), as the job executor would. */
  void executeAsync() {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = managementService().createJobQuery().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService().executeJob(job.getId()));
    }
  }

  void decideCommune(String commune) {
    complete(taskQuery().processInstanceBusinessKey(commune + "-2024").singleResult());
    executeAsync();
  }

  void decideDistrict(String district) {
    complete(taskQuery().processDefinitionKey("districtRecognition").processInstanceBusinessKey(district + "-2024").singleResult());
    executeAsync();
  }

  @Test
  void districtStartsOneCaseForEachCommuneUnderItself() {
    ProcessInstance district = startDistrict("741");
    assertThat(runtimeService().createProcessInstanceQuery().superProcessInstanceId(district.getId()).list())
        .extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder("26425-2024", "26428-2024", "26431-2024");
  }

  @Test
  void districtReportsBeforeFifteenthFebruaryAndItsOwnCaseGoesOnWithoutTheStragglers() {
    ProcessInstance district = startDistrict("741");
    Job deadline = job("Timer_CommuneResultsReportDeadline", district);
    Job reminder = job("Timer_CommuneResultsReportReminder", district);
    assertThat(deadline.getDuedate()).isEqualTo(at("2025-02-14T17:00:00+07:00"));
    assertThat(reminder.getDuedate()).isEqualTo(at("2025-02-11T17:00:00+07:00"));

    execute(reminder);
    assertThat(calls).contains("notice to huyen741truongphong");
    decideCommune("26425");
    execute(deadline);
    assertThat(calls).contains("DISTRICT_COMMUNE_RESULTS 741 DEADLINE");
    var followUp = taskQuery().processInstanceId(district.getId()).taskDefinitionKey("Task_CommuneResultsFollowUpPending").singleResult();
    assertThat(followUp).hasCandidateGroup("tinh75dieuphoi");
    assertThat(runtimeService().getVariable(followUp.getExecutionId(), "pendingCount")).isEqualTo(2L);

    // the district's own case starts with the report, without waiting for the two communes
    assertThat(district).isWaitingAt("CallActivity_CommuneCases", "Task_CommuneResultsFollowUpPending", "CallActivity_DistrictCase");
    decideDistrict("741");
    complete(followUp, withVariables("followUpNote", "Đã đôn đốc 2 xã"));
    assertThat(district).hasPassed("EndEvent_CommuneResultsDone").isWaitingAt("CallActivity_CommuneCases");

    decideCommune("26428");
    decideCommune("26431");
    assertThat(district).isEnded().hasPassed("EndEvent_CommuneResultsAllClosed").hasNotPassed("Task_CommuneResultsReportEarly");
    assertThat(calls.stream().filter(c -> c.startsWith("DISTRICT_COMMUNE_RESULTS 741")).count()).isOne();
  }

  @Test
  void districtReportsEarlyOnceEveryCommuneIsDecided() {
    ProcessInstance district = startDistrict("741");
    decideCommune("26425");
    decideCommune("26428");
    decideCommune("26431");
    assertThat(district).isWaitingAt("CallActivity_DistrictCase").hasPassed("Task_CommuneResultsReportEarly")
        .hasNotPassed("Task_CommuneResultsReportAtDeadline");
    assertThat(runtimeService().createProcessInstanceQuery().superProcessInstanceId(district.getId()).singleResult().getBusinessKey())
        .isEqualTo("741-2024");
    decideDistrict("741");
    assertThat(district).isEnded();
    assertThat(calls).contains("DISTRICT_COMMUNE_RESULTS 741 ALL_DECIDED");
    assertThat(managementService().createJobQuery().processInstanceId(district.getId()).count()).isZero();
  }

  /**
   * Communes decided at the same moment do not conflict on their district's multi-instance: the
   * official's transaction ends the commune's case; noting it in the campaign is a job of its own,
   * which the job executor retries on a conflict.
   */
  @Test
  void communesDecidedAtTheSameMomentBothSucceedAndAreNotedAfterwards() throws Exception {
    ProcessInstance district = startDistrict("741");
    List<org.camunda.bpm.engine.task.Task> decisions = List.of(
        taskQuery().processInstanceBusinessKey("26425-2024").singleResult(),
        taskQuery().processInstanceBusinessKey("26428-2024").singleResult());
    // the assertions library knows the engine in the test's thread only
    org.camunda.bpm.engine.TaskService taskService =
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine().getTaskService();
    // an optimistic-locking conflict would surface here
    AtOnce.all(decisions.stream().<java.util.concurrent.Callable<Object>>map(decision -> () -> {
      taskService.complete(decision.getId());
      return null;
    }).toList());
    // each commune case waits at its end for the job that ends it and notes it in the district's campaign
    for (org.camunda.bpm.engine.task.Task decision : decisions) {
      assertThat(managementService().createJobQuery().processInstanceId(decision.getProcessInstanceId()).messages().count())
          .isEqualTo(1);
    }
    executeAsync();
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("26425-2024").count()).isZero();
    decideCommune("26431");
    assertThat(district).isWaitingAt("CallActivity_DistrictCase").hasPassed("Task_CommuneResultsReportEarly");
  }

  @Test
  void departmentReportsBeforeTwentyFifthFebruaryAndTheProvinceGoesOnWithoutTheStragglers() {
    ProcessInstance campaign = runtimeService().startProcessInstanceByKey("annualCampaign", "75-2024",
        Map.of("provinceCode", "75", "provinceName", "Tỉnh Đồng Nai", "evaluationYear", 2024));
    executeAsync();
    executeAsync();
    assertThat(calls).contains("campaignRecording");
    assertThat(runtimeService().createProcessInstanceQuery().superProcessInstanceId(campaign.getId()).list())
        .extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder("741-2024", "742-2024");
    Job deadline = job("Timer_DistrictResultsReportDeadline", campaign);
    assertThat(deadline.getDuedate()).isEqualTo(at("2025-02-24T17:00:00+07:00"));
    decideCommune("26470");
    assertThat(calls).contains("DISTRICT_COMMUNE_RESULTS 742 ALL_DECIDED");

    execute(deadline);
    assertThat(calls).contains("DEPARTMENT_DISTRICT_RESULTS 75 DEADLINE");
    var followUp = taskQuery().processInstanceId(campaign.getId()).taskDefinitionKey("Task_DistrictResultsFollowUpPending")
        .singleResult();
    assertThat(followUp).hasCandidateGroup("tinh75dieuphoi");
    // the province's case goes to the Ministry while district 741 and its communes are still open
    assertThat(campaign).isWaitingAt("CallActivity_DistrictCampaigns", "Task_DistrictResultsFollowUpPending",
        "CallActivity_ProvinceCase");
    complete(taskQuery().processDefinitionKey("provinceRecognition").processInstanceBusinessKey("75-2024").singleResult());
    complete(followUp, withVariables("followUpNote", "Đã đôn đốc huyện 741"));
    decideDistrict("742");
    for (String commune : List.of("26425", "26428", "26431")) {
      decideCommune(commune);
    }
    decideDistrict("741");
    assertThat(campaign).isEnded().hasPassed("EndEvent_DistrictResultsAllClosed", "EndEvent_DistrictResultsDone")
        .hasNotPassed("Task_DistrictResultsReportEarly");
  }

  /**
   * Two tiers (2026): no district campaign and no district case; the province's communes go to one
   * commune round of the province, whose report of 15 February opens the province's own case.
   */
  @Test
  void withoutDistrictsTheProvinceReportsItsCommunesAndItsOwnCaseFollows() {
    route = TWO_TIERS;
    ClockUtil.setCurrentTime(at("2027-01-04T08:00:00+07:00"));
    ProcessInstance campaign = runtimeService().startProcessInstanceByKey("annualCampaign", "75-2026",
        Map.of("provinceCode", "75", "provinceName", "Tỉnh Đồng Nai", "evaluationYear", 2026));
    executeAsync();
    assertThat(campaign).hasPassed("Gateway_CampaignStructure").isWaitingAt("CallActivity_ProvinceCommunes");
    ProcessInstance round = runtimeService().createProcessInstanceQuery().superProcessInstanceId(campaign.getId()).singleResult();
    assertThat(round.getBusinessKey()).isEqualTo("75-2026");
    executeAsync();
    assertThat(runtimeService().createProcessInstanceQuery().superProcessInstanceId(round.getId()).list())
        .extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder("26428-2026", "26434-2026");

    Job deadline = job("Timer_CommuneResultsReportDeadline", round);
    assertThat(deadline.getDuedate()).isEqualTo(at("2027-02-14T17:00:00+07:00"));
    execute(job("Timer_CommuneResultsReportReminder", round));
    assertThat(calls).contains("notice to tinh75giamdoc");
    decideCommune2026("26428");
    execute(deadline);
    assertThat(calls).contains("DISTRICT_COMMUNE_RESULTS 75 DEADLINE").doesNotContain("DEPARTMENT_DISTRICT_RESULTS 75 DEADLINE");
    assertThat(round).isWaitingAt("CallActivity_CommuneCases", "Task_CommuneResultsFollowUpPending",
        "CallActivity_ProvinceCaseAfterCommunes");
    complete(taskQuery().processDefinitionKey("provinceRecognition").processInstanceBusinessKey("75-2026").singleResult());
    complete(taskQuery().processInstanceId(round.getId()).taskDefinitionKey("Task_CommuneResultsFollowUpPending").singleResult(),
        withVariables("followUpNote", "Đã đôn đốc xã Xuân Thành"));
    decideCommune2026("26434");
    assertThat(campaign).isEnded().hasPassed("EndEvent_ProvinceCommunesDone").hasNotPassed("CallActivity_DistrictCampaigns");
    assertThat(round).isEnded().hasPassed("EndEvent_ProvinceCaseDone").hasNotPassed("CallActivity_DistrictCase");
    assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey("districtRecognition").count()).isZero();
  }

  void decideCommune2026(String commune) {
    complete(taskQuery().processInstanceBusinessKey(commune + "-2026").singleResult());
    executeAsync();
  }

  @Test
  void departmentReportsEarlyWhenEveryDistrictIsDone() {
    ProcessInstance campaign = runtimeService().startProcessInstanceByKey("annualCampaign", "75-2024",
        Map.of("provinceCode", "75", "provinceName", "Tỉnh Đồng Nai", "evaluationYear", 2024));
    executeAsync();
    executeAsync();
    for (String commune : List.of("26425", "26428", "26431", "26470")) {
      decideCommune(commune);
    }
    decideDistrict("741");
    assertThat(campaign).isNotEnded();
    decideDistrict("742");
    assertThat(campaign).isWaitingAt("CallActivity_ProvinceCase").hasPassed("Task_DistrictResultsReportEarly");
    complete(taskQuery().processDefinitionKey("provinceRecognition").processInstanceBusinessKey("75-2024").singleResult());
    assertThat(campaign).isEnded();
    assertThat(calls).contains("DEPARTMENT_DISTRICT_RESULTS 75 ALL_DECIDED");
  }

}
