package vn.learningcommunity.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.learningcommunity.testsupport.Times.at;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.learningcommunity.deadline.OverdueFollowUps;
import vn.learningcommunity.testsupport.CommuneAnswers;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.routing.DossierRoute;
import vn.learningcommunity.unit.GovernmentStructure;
import vn.learningcommunity.testsupport.StandIns;
import vn.learningcommunity.testsupport.TaskTimers;
import vn.learningcommunity.testsupport.TestEngine;

/**
 * The commune case as the Circular's procedure reads, on a plain engine: the real BPMN, the real
 * DMN, the real deadline calendar, group routing and task validators; the application's
 * record-keeping delegates are stood in for (the Spring integration test runs the real ones).
 */
@Deployment(resources = {"processes/commune/communeRecognition.bpmn", "processes/commune/communeLevel.dmn",
    "processes/common/overdueFollowUp.bpmn", "processes/common/upgradeEligibility.dmn"})
class CommuneRecognitionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  static final String COMMUNE = "26428";
  static final int YEAR = 2026;
  static final String KEY = COMMUNE + "-" + YEAR;

  /** The route the stand-in for "Mở hồ sơ của xã" gives the case: the district's office, as before the reform. */
  static final DossierRoute THREE_TIER_ROUTE = new DossierRoute(GovernmentStructure.THREE_TIER, true,
      UnitRole.DISTRICT_OFFICE_STAFF, UnitRole.DISTRICT_ASSOCIATION, UnitRole.DISTRICT_OFFICE_HEAD, false);

  final List<String> calls = new ArrayList<>();
  /** What the recognition register says when the process looks up the standing recognition. */
  int previousLevel;
  Integer monthsSincePreviousDecision;

  @BeforeEach
  void wireCollaborators() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at("2027-01-05T09:00:00+07:00"));
    CaseRules.wire("communeSelfAssessment", "communeEvaluation", "communeAssociationReview");
    record("caseOpening", execution -> {
      execution.setVariable("communeName", "Xã Xuân Bắc");
      execution.setVariable("districtCode", "741");
      execution.setVariable("districtName", "Huyện Xuân Lộc");
      execution.setVariable("provinceCode", "75");
      execution.setVariable("reviewingUnitCode", "741");
      THREE_TIER_ROUTE.writeTo(execution);
      execution.setVariable("overdue", false);
    });
    record("previousRecognitionLookup", this::writeUpgradeFacts);
    record("selfAssessmentRecording", execution -> {});
    record("dossierSubmission", execution -> {
      execution.setVariable("appliedLevel", Integer.parseInt(String.valueOf(execution.getVariable("appliedLevel"))));
      execution.setVariable("dossierSubmittedOn", "2027-01-05");
      writeUpgradeFacts(execution);
    });
    record("dossierReturn", execution -> {});
    record("evaluationRecording", execution -> {});
    record("closingWithoutApplication", execution -> {});
    record("recognitionPublication", execution -> {});
    record("refusalRecording", execution -> {});
    CaseRules.wireDeadlines(engine.getProcessEngine(), calls);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    TestEngine.BEANS.clear();
  }

  @Test
  void level2IsSelfAssessedEvaluatedAndRecognised() {
    previousLevel = 1;
    monthsSincePreviousDecision = 14;
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level2());
    assertThat(instance).variables().containsEntry("selfAssessedLevel", 2);

    chairApplies(2);
    verify("COMPLETE", null);
    evaluate(CommuneAnswers.level2());
    assertThat(instance).variables().containsEntry("evaluatedLevel", 2);

    decide(Map.of("headDecision", "RECOGNISE", "recognisedLevel", "2", "decisionNumber", "12/QĐ-PGDĐT",
        "decisionDate", "2027-01-05"));
    execute(job(instance)); // the case ends in a job of its own
    assertThat(instance).isEnded().hasPassed("Task_PublishRecognition", "EndEvent_Recognised");
    assertThat(calls).containsSubsequence("caseOpening", "previousRecognitionLookup", "selfAssessmentRecording",
        "dossierSubmission", "evaluationRecording", "recognitionPublication");
  }

  @Test
  void level1IsRecognisedAtLevel1() {
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level1());
    assertThat(instance).variables().containsEntry("selfAssessedLevel", 1);
    chairApplies(1);
    verify("COMPLETE", null);
    evaluate(CommuneAnswers.level1());
    assertThat(instance).variables().containsEntry("evaluatedLevel", 1);
    decide(Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1", "decisionNumber", "13/QĐ-PGDĐT",
        "decisionDate", "2027-01-05"));
    execute(job(instance)); // the case ends in a job of its own
    assertThat(instance).isEnded().hasPassed("EndEvent_Recognised");
  }

  @Test
  void level2AnswersGiveLevel1WithoutAStandingRecognition() {
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level2());
    assertThat(instance).variables().containsEntry("selfAssessedLevel", 1);
  }

  @Test
  void upgradeRuleCountsExactlyTwelveMonths() {
    previousLevel = 1;
    monthsSincePreviousDecision = 12;
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level2());
    assertThat(instance).variables().containsEntry("selfAssessedLevel", 2);
  }

  @Test
  void upgradeRuleRefusesElevenMonths() {
    previousLevel = 1;
    monthsSincePreviousDecision = 11;
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level2());
    assertThat(instance).variables().containsEntry("selfAssessedLevel", 1);
  }

  @Test
  void upgradeIsJudgedAgainOnTheDayTheDossierIsSent() {
    previousLevel = 1;
    monthsSincePreviousDecision = 12;
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level2());
    assertThat(instance).variables().containsEntry("selfAssessedLevel", 2);
    // by the day the dossier is sent, the standing recognition is no longer valid
    monthsSincePreviousDecision = null;
    previousLevel = 0;
    chairApplies(2);
    verify("COMPLETE", null);
    evaluate(CommuneAnswers.level2());
    assertThat(instance).variables().containsEntry("evaluatedLevel", 1);
  }

  @Test
  void notMetEndsWithoutApplication() {
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.notMet());
    assertThat(instance).variables().containsEntry("selfAssessedLevel", 0);
    assertThatThrownBy(() -> complete(task(), withVariables("chairDecision", "APPLY", "appliedLevel", "1")))
        .hasMessageContaining("chưa đạt Mức độ 1");
    assertThat(instance).isWaitingAt("Task_ChairApproval");

    complete(task(), withVariables("chairDecision", "NOT_APPLY", "chairNote", "Chưa đạt tiêu chí 1"));
    execute(job(instance)); // the case ends in a job of its own
    assertThat(instance).isEnded().hasPassed("Task_CloseWithoutApplication", "EndEvent_NotApplying");
    assertThat(calls).contains("closingWithoutApplication").doesNotContain("dossierSubmission");
  }

  @Test
  void chairMayDecideNotToApplyThisYear() {
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level1());
    complete(task(), withVariables("chairDecision", "NOT_APPLY"));
    execute(job(instance)); // the case ends in a job of its own
    assertThat(instance).isEnded().hasPassed("EndEvent_NotApplying").hasNotPassed("Task_ReceiveDossier");
  }

  @Test
  void chairCannotApplyAboveTheSelfAssessedLevel() {
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level1());
    assertThatThrownBy(() -> chairApplies(2)).hasMessageContaining("không được cao hơn mức tự đánh giá");
    assertThat(instance).isWaitingAt("Task_ChairApproval");
    assertThat(runtimeService().getVariable(instance.getId(), "chairDecision")).isNull();
  }

  @Test
  void chairSendsTheAssessmentBackWithReasons() {
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level1());
    assertThatThrownBy(() -> complete(task(), withVariables("chairDecision", "REVISE")))
        .hasMessageContaining("lý do yêu cầu tự đánh giá lại");
    complete(task(), withVariables("chairDecision", "REVISE", "chairNote", "Kiểm tra lại số liệu C5"));
    assertThat(instance).isWaitingAt("Task_SelfAssessment");
  }

  @Test
  void incompleteDossierIsReturnedAndResubmitted() {
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level1());
    chairApplies(1);
    assertThatThrownBy(() -> verify("INCOMPLETE", null)).hasMessageContaining("lý do trả hồ sơ");
    verify("INCOMPLETE", "Thiếu biên bản họp xét");
    assertThat(instance).isWaitingAt("Task_SelfAssessment");
    assertThat(task()).hasCandidateGroup("xa26428danhgia");

    selfAssess(CommuneAnswers.level1());
    chairApplies(1);
    verify("INCOMPLETE", "Thiếu minh chứng tiêu chí 3");
    selfAssess(CommuneAnswers.level1());
    chairApplies(1);
    verify("COMPLETE", null);
    assertThat(instance).isWaitingAt("Task_EvaluateDossier", "Task_DistrictAssociationReview");
    assertThat(taskQuery().taskDefinitionKey("Task_DistrictAssociationReview").singleResult())
        .hasCandidateGroup("huyen741khuyenhoc");

    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_ReturnDossier").count()).isEqualTo(2);
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_VerifyDossier").count()).isEqualTo(3);
    assertThat(calls.stream().filter("dossierReturn"::equals).count()).isEqualTo(2);
  }

  @Test
  void headRefusesWithReasons() {
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level1());
    chairApplies(1);
    verify("COMPLETE", null);
    evaluate(CommuneAnswers.level1());
    assertThatThrownBy(() -> complete(task(), withVariables("headDecision", "REFUSE")))
        .hasMessageContaining("lý do không công nhận");
    complete(task(), withVariables("headDecision", "REFUSE", "refusalReasons", "Minh chứng không xác thực"));
    execute(job(instance)); // the case ends in a job of its own
    assertThat(instance).isEnded().hasPassed("Task_RecordRefusal", "EndEvent_Refused").hasNotPassed("Task_PublishRecognition");
  }

  @Test
  void headCannotRecogniseAboveTheEvaluatedLevelNorWithoutADecisionNumber() {
    previousLevel = 1;
    monthsSincePreviousDecision = 24;
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level2());
    chairApplies(2);
    verify("COMPLETE", null);
    Map<String, Object> findings = CommuneAnswers.level2();
    findings.put("c5_1", 60);
    evaluate(findings);
    assertThat(instance).variables().containsEntry("evaluatedLevel", 1);

    assertThatThrownBy(() -> decide(Map.of("headDecision", "RECOGNISE", "recognisedLevel", "2",
        "decisionNumber", "14/QĐ-PGDĐT", "decisionDate", "2027-01-05")))
        .hasMessageContaining("không được cao hơn");
    assertThatThrownBy(() -> decide(Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1", "decisionDate", "2027-01-05")))
        .hasMessageContaining("số quyết định");
    assertThatThrownBy(() -> decide(Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1",
        "decisionNumber", "14/QĐ-PGDĐT", "decisionDate", "2027-02-01")))
        .hasMessageContaining("Ngày ký quyết định (01/02/2027) không được sau ngày hôm nay.");
    assertThatThrownBy(() -> decide(Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1",
        "decisionNumber", "14/QĐ-PGDĐT", "decisionDate", "2026-12-31")))
        .hasMessageContaining("Ngày ký quyết định (31/12/2026) không được trước ngày đơn vị gửi hồ sơ (05/01/2027).");
    assertThatThrownBy(() -> decide(Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1",
        "decisionNumber", "14/QĐ-PGDĐT", "decisionDate", "2027-02-31")))
        .hasMessageContaining("Ngày ký quyết định không phải là một ngày có thật, đã nhập \"2027-02-31\".");
    assertThat(instance).isWaitingAt("Task_DecideRecognition");
    decide(Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1", "decisionNumber", "14/QĐ-PGDĐT",
        "decisionDate", "2027-01-05"));
    execute(job(instance)); // the case ends in a job of its own
    assertThat(instance).isEnded().hasPassed("EndEvent_Recognised");
  }

  @Test
  void everyUserTaskGoesToTheGroupOfTheCasesOwnUnitAndRole() {
    ProcessInstance instance = start();
    assertThat(task()).hasCandidateGroup("xa26428danhgia");
    selfAssess(CommuneAnswers.level1());
    assertThat(task()).hasCandidateGroup("xa26428chutich");
    chairApplies(1);
    assertThat(task()).hasCandidateGroup("huyen741phonggd");
    verify("COMPLETE", null);
    assertThat(taskQuery().taskDefinitionKey("Task_EvaluateDossier").singleResult()).hasCandidateGroup("huyen741phonggd");
    assertThat(taskQuery().taskDefinitionKey("Task_DistrictAssociationReview").singleResult())
        .hasCandidateGroup("huyen741khuyenhoc");
    evaluate(CommuneAnswers.level1());
    assertThat(task()).hasCandidateGroup("huyen741truongphong");
    assertThat(instance).isWaitingAt("Task_DecideRecognition");
  }

  @Test
  void everyUserTaskIsDueOnItsCalendarDateAndItsTimersAreComputedFromIt() {
    ProcessInstance instance = start();
    assertDeadlines(instance, "SelfAssessment", "2027-01-10T17:00:00+07:00");
    selfAssess(CommuneAnswers.level1());
    assertDeadlines(instance, "ChairApproval", "2027-01-15T17:00:00+07:00");
    chairApplies(1);
    assertDeadlines(instance, "VerifyDossier", "2027-01-22T17:00:00+07:00");
    verify("COMPLETE", null);
    assertDeadlines(instance, "EvaluateDossier", "2027-01-31T17:00:00+07:00");
    evaluate(CommuneAnswers.level1());
    assertDeadlines(instance, "DecideRecognition", "2027-02-10T17:00:00+07:00");
  }

  @Test
  void reminderRaisesNothingButANoticeAndTheTaskStays() {
    ProcessInstance instance = start();
    execute(timer(instance, "Task_SelfAssessment", TaskTimers.REMINDER));
    assertThat(calls).contains("deadlineReminder").doesNotContain("overdueEscalation");
    assertThat(instance).isWaitingAt("Task_SelfAssessment");
    assertThat(instance).variables().containsEntry("overdue", false);
    assertThat(followUps()).isEmpty();
  }

  @Test
  void passedDeadlineMarksTheCaseOverdueAndGivesTheSupervisorATask() {
    ProcessInstance instance = start();
    execute(timer(instance, "Task_SelfAssessment", TaskTimers.OVERDUE));
    assertThat(instance).variables().containsEntry("overdue", true);
    assertThat(instance).isWaitingAt("Task_SelfAssessment");
    ProcessInstance followUpCase = followUps().get(0);
    assertThat(followUpCase.getBusinessKey()).isEqualTo(KEY);
    var followUp = taskQuery().processInstanceId(followUpCase.getId()).singleResult();
    assertThat(followUp).hasDefinitionKey("Task_FollowUp").hasCandidateGroup("huyen741phonggd");
    assertThat(followUp.getDueDate()).isEqualTo(at("2027-01-13T17:00:00+07:00"));
    assertThat(runtimeService().getVariables(followUpCase.getId())).containsEntry("overdueStep", "Tự đánh giá theo tiêu chí")
        .containsEntry("evaluationYear", YEAR);

    assertThatThrownBy(() -> complete(followUp)).hasMessageContaining("nội dung đã đôn đốc");
    complete(followUp, withVariables("followUpNote", "Đã gọi điện nhắc UBND xã"));
    assertThat(followUpCase).hasPassed("EndEvent_FollowedUp").isEnded();
    assertThat(instance).isWaitingAt("Task_SelfAssessment");
  }

  @Test
  void overdueDecisionIsEscalatedToTheProvinceCoordinatorsAndTheFollowUpEndsWithTheCase() {
    ProcessInstance instance = start();
    selfAssess(CommuneAnswers.level1());
    chairApplies(1);
    verify("COMPLETE", null);
    evaluate(CommuneAnswers.level1());
    execute(timer(instance, "Task_DecideRecognition", TaskTimers.OVERDUE));
    ProcessInstance followUpCase = followUps().get(0);
    assertThat(taskQuery().processInstanceId(followUpCase.getId()).singleResult()).hasCandidateGroup("tinh75dieuphoi");
    decide(Map.of("headDecision", "REFUSE", "refusalReasons", "Hồ sơ không đạt"));
    execute(job(instance)); // the case ends in a job of its own
    assertThat(instance).isEnded();
    // the case is closed: its open follow-up ends with it
    assertThat(followUpCase).isEnded().hasPassed("EndEvent_NoLongerNeeded");
  }

  // --- steps, in the words of the procedure -------------------------------------------------

  @Test
  void aDecisionTableDeployedAloneDecidesTheNextAssessmentOfARunningCase() throws IOException {
    ProcessInstance instance = start();
    // a designer corrects the level table in Modeler and deploys it alone, while the case runs
    String table = Files.readString(Path.of("processes/commune/communeLevel.dmn"));
    String deployment = repositoryService().createDeployment().name("designer-correction")
        .addString("communeLevel.dmn", table).deploy().getId();
    try {
      String corrected = repositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("communeLevel")
          .deploymentId(deployment).singleResult().getId();
      selfAssess(CommuneAnswers.level1());
      assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(instance.getId())
          .decisionDefinitionKey("communeLevel").singleResult().getDecisionDefinitionId()).isEqualTo(corrected);
      assertThat(instance).variables().containsEntry("selfAssessedLevel", 1);
    } finally {
      repositoryService().deleteDeployment(deployment, true);
    }
  }

  ProcessInstance start() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("communeRecognition", KEY,
        Map.of("communeCode", COMMUNE, "evaluationYear", YEAR));
    assertThat(instance).isWaitingAt("Task_SelfAssessment");
    return instance;
  }

  void selfAssess(Map<String, Object> answers) {
    assertThat(task()).hasDefinitionKey("Task_SelfAssessment");
    complete(task(), CommuneAnswers.selfAssessmentForm(answers, "2027-01-04"));
  }

  void chairApplies(int level) {
    complete(task(), withVariables("chairDecision", "APPLY", "appliedLevel", String.valueOf(level)));
  }

  void verify(String result, String reasons) {
    Map<String, Object> form = new HashMap<>();
    form.put("verificationResult", result);
    form.put("returnReasons", reasons);
    complete(task(), form);
  }

  /** The office and the district Association evaluate in parallel; here both find what is given. */
  void evaluate(Map<String, Object> findings) {
    complete(taskQuery().taskDefinitionKey("Task_EvaluateDossier").singleResult(), CommuneAnswers.evaluationForm(findings));
    complete(taskQuery().taskDefinitionKey("Task_DistrictAssociationReview").singleResult(),
        CommuneAnswers.associationForm(findings));
  }

  void decide(Map<String, Object> decision) {
    complete(taskQuery().taskDefinitionKey("Task_DecideRecognition").singleResult(), decision);
  }

  void record(String name, java.util.function.Consumer<DelegateExecution> effect) {
    StandIns.record(calls, name, effect);
  }

  void writeUpgradeFacts(DelegateExecution execution) {
    CaseRules.writeUpgradeFacts(engine.getProcessEngine(), execution, previousLevel, monthsSincePreviousDecision);
  }

  void assertDeadlines(ProcessInstance instance, String step, String due) {
    Date dueDate = at(due);
    assertThat(taskQuery().taskDefinitionKey("Task_" + step).singleResult().getDueDate()).isEqualTo(dueDate);
    Job reminder = timer(instance, "Task_" + step, TaskTimers.REMINDER);
    Job overdue = timer(instance, "Task_" + step, TaskTimers.OVERDUE);
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(dueDate.toInstant().minusSeconds(3 * 24 * 3600)));
    assertThat(overdue.getDuedate()).isEqualTo(dueDate);
  }

  Job timer(ProcessInstance instance, String taskDefinitionKey, String listenerId) {
    return TaskTimers.of(managementService(), instance.getId(), taskDefinitionKey, listenerId);
  }

  List<ProcessInstance> followUps() {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(OverdueFollowUps.PROCESS).list();
  }
}
