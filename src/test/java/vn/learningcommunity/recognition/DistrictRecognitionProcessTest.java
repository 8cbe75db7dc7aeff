package vn.learningcommunity.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.learningcommunity.testsupport.Times.at;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.learningcommunity.deadline.OverdueFollowUps;
import vn.learningcommunity.testsupport.StandIns;
import vn.learningcommunity.testsupport.TaskTimers;
import vn.learningcommunity.testsupport.TestEngine;

/**
 * The district case on a plain engine: the real BPMN and districtLevel DMN, calendar, groups and
 * approval/verification/decision validators; record-keeping delegates are stood in for.
 */
@Deployment(resources = {"processes/district/districtRecognition.bpmn", "processes/district/districtLevel.dmn",
    "processes/common/overdueFollowUp.bpmn", "processes/common/upgradeEligibility.dmn"})
class DistrictRecognitionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  final List<String> calls = new ArrayList<>();
  /** The share of the district's communes recognised, as the register would compute it. */
  double communeShare = 60;

  @BeforeEach
  void wire() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at("2025-02-11T09:00:00+07:00"));
    CaseRules.wire("districtSelfAssessment", "districtDepartmentReview", "districtAssociationReview");
    record("districtCaseOpening", execution -> {
      execution.setVariable("unitCode", "741");
      execution.setVariable("provinceCode", "75");
      execution.setVariable("overdue", false);
    });
    record("previousRecognitionLookup", execution -> {
      CaseRules.writeUpgradeFacts(engine.getProcessEngine(), execution, 0, null);
      execution.getProcessInstance().setVariable("d5_1", communeShare);
    });
    StandIns.recordOnly(calls, "selfAssessmentRecording", "dossierReturn", "closingWithoutApplication", "recognitionPublication",
        "refusalRecording");
    CaseRules.wireDeadlines(engine.getProcessEngine(), calls);
    record("dossierSubmission", execution -> {
      execution.setVariable("appliedLevel", Integer.parseInt(String.valueOf(execution.getVariable("appliedLevel"))));
      execution.setVariable("dossierSubmittedOn", "2025-02-11");
    });
    record("evaluationRecording", execution -> calls.add("review by " + execution.getVariable("reviewer")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    TestEngine.BEANS.clear();
  }

  void record(String name, Consumer<DelegateExecution> effect) {
    StandIns.record(calls, name, effect);
  }

  static Map<String, Object> answers(String prefix, boolean allMet, int literacy, int learningUnits) {
    Map<String, Object> answers = new HashMap<>();
    for (String indicator : List.of("d1_1", "d1_2", "d1_3", "d2_1", "d2_2", "d2_3", "d2_4", "d3_1", "d3_2", "d3_3", "d4_1")) {
      answers.put(prefix + indicator, "true");
    }
    if (!allMet) {
      answers.put(prefix + "d2_4", "false");
    }
    answers.put(prefix + "d4_2", literacy);
    answers.put(prefix + "d5_2", learningUnits);
    // a typed share is ignored: the system computes D5.1
    answers.put("d5_1", 100);
    return answers;
  }

  ProcessInstance start() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("districtRecognition", "741-2024",
        Map.of("districtCode", "741", "evaluationYear", 2024));
    assertThat(instance).isWaitingAt("Task_DistrictSelfAssessment");
    assertThat(task(instance)).hasCandidateGroup("huyen741phonggd");
    return instance;
  }

  Task task(ProcessInstance instance) {
    return taskQuery().processInstanceId(instance.getId()).list().stream().findFirst().orElseThrow();
  }

  Task task(ProcessInstance instance, String key) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  void throughToReviews(ProcessInstance instance, Map<String, Object> selfAnswers) {
    complete(task(instance), selfAnswers);
    assertThat(task(instance)).hasDefinitionKey("Task_CommitteeApproval").hasCandidateGroup("huyen741ubnd");
    complete(task(instance), withVariables("chairDecision", "APPLY", "appliedLevel", "1"));
    assertThat(task(instance)).hasDefinitionKey("Task_VerifyDistrictDossier").hasCandidateGroup("tinh75sogd");
    complete(task(instance), withVariables("verificationResult", "COMPLETE"));
  }

  @Test
  void departmentAndAssociationReviewInParallelAndTheDirectorRecognises() {
    ProcessInstance instance = start();
    throughToReviews(instance, answers("", true, 2, 75));
    assertThat(instance).variables().containsEntry("selfAssessedLevel", 1).containsEntry("d5_1", 60.0);
    assertThat(instance).isWaitingAt("Task_DepartmentReview", "Task_AssociationReview");
    assertThat(task(instance, "Task_AssociationReview")).hasCandidateGroup("tinh75khuyenhoc");

    complete(task(instance, "Task_DepartmentReview"), answers("ev_", true, 2, 75));
    assertThat(instance).isWaitingAt("Task_AssociationReview").isNotWaitingAt("Task_DirectorDecision");
    complete(task(instance, "Task_AssociationReview"), answers("as_", true, 1, 40));
    assertThat(instance).variables().containsEntry("evaluatedLevel", 1).containsEntry("associationLevel", 0);
    assertThat(calls).contains("review by DEPARTMENT", "review by ASSOCIATION");

    Task decision = task(instance, "Task_DirectorDecision");
    assertThat(decision).hasCandidateGroup("tinh75giamdoc");
    complete(decision, withVariables("headDecision", "RECOGNISE", "recognisedLevel", "1", "decisionNumber", "45/QĐ-SGDĐT",
        "decisionDate", "2025-02-11"));
    assertThat(instance).isEnded().hasPassed("EndEvent_DistrictRecognised");
  }

  @Test
  void theShareOfCommunesIsTheSystemsAndDecidesCriterionFive() {
    communeShare = 40;
    ProcessInstance instance = start();
    complete(task(instance), answers("", true, 2, 75));
    assertThat(instance).variables().containsEntry("d5_1", 40.0).containsEntry("selfAssessedLevel", 0);
    assertThatThrownBy(() -> complete(task(instance), withVariables("chairDecision", "APPLY", "appliedLevel", "1")))
        .hasMessageContaining("chưa đạt Mức độ 1");
    complete(task(instance), withVariables("chairDecision", "NOT_APPLY"));
    assertThat(instance).isEnded().hasPassed("EndEvent_DistrictNotApplying");
  }

  @Test
  void incompleteDossierGoesBackToTheDistrict() {
    ProcessInstance instance = start();
    complete(task(instance), answers("", true, 2, 75));
    complete(task(instance), withVariables("chairDecision", "APPLY", "appliedLevel", "1"));
    complete(task(instance), withVariables("verificationResult", "INCOMPLETE", "returnReasons", "Thiếu biên bản"));
    assertThat(instance).isWaitingAt("Task_DistrictSelfAssessment").hasPassed("Task_DistrictReturnDossier");
  }

  @Test
  void districtCommitteeSendsTheAssessmentBack() {
    ProcessInstance instance = start();
    complete(task(instance), answers("", true, 2, 75));
    complete(task(instance), withVariables("chairDecision", "REVISE", "chairNote", "Bổ sung minh chứng D2.4"));
    assertThat(instance).isWaitingAt("Task_DistrictSelfAssessment").hasNotPassed("Task_DistrictReceiveDossier");
  }

  @Test
  void directorRefusesWithReasons() {
    ProcessInstance instance = start();
    throughToReviews(instance, answers("", true, 2, 75));
    complete(task(instance, "Task_DepartmentReview"), answers("ev_", false, 2, 75));
    complete(task(instance, "Task_AssociationReview"), answers("as_", false, 2, 75));
    assertThat(instance).variables().containsEntry("evaluatedLevel", 0);
    assertThatThrownBy(() -> complete(task(instance, "Task_DirectorDecision"), withVariables("headDecision", "RECOGNISE",
        "recognisedLevel", "1", "decisionNumber", "1", "decisionDate", "2025-02-11"))).hasMessageContaining("chưa đạt Mức độ 1");
    complete(task(instance, "Task_DirectorDecision"), withVariables("headDecision", "REFUSE", "refusalReasons", "Chưa đạt D2.4"));
    assertThat(instance).isEnded().hasPassed("EndEvent_DistrictRefused");
  }

  @Test
  void everyStepIsDueOnItsCalendarDateAndEscalatesToItsSupervisor() {
    ProcessInstance instance = start();
    assertThat(task(instance).getDueDate()).isEqualTo(at("2025-02-13T17:00:00+07:00"));
    assertThat(timer(instance, "Task_DistrictSelfAssessment", TaskTimers.REMINDER).getDuedate())
        .isEqualTo(at("2025-02-10T17:00:00+07:00"));
    throughToReviews(instance, answers("", true, 2, 75));
    assertThat(task(instance, "Task_DepartmentReview").getDueDate()).isEqualTo(at("2025-02-21T17:00:00+07:00"));
    execute(timer(instance, "Task_AssociationReview", TaskTimers.OVERDUE));
    assertThat(taskQuery().processDefinitionKey(OverdueFollowUps.PROCESS).processInstanceBusinessKey("741-2024").singleResult())
        .hasCandidateGroup("tinh75giamdoc");
    complete(task(instance, "Task_DepartmentReview"), answers("ev_", true, 2, 75));
    complete(task(instance, "Task_AssociationReview"), answers("as_", true, 2, 75));
    assertThat(task(instance, "Task_DirectorDecision").getDueDate()).isEqualTo(at("2025-02-24T17:00:00+07:00"));
  }

  Job timer(ProcessInstance instance, String taskDefinitionKey, String listenerId) {
    return TaskTimers.of(managementService(), instance.getId(), taskDefinitionKey, listenerId);
  }
}
