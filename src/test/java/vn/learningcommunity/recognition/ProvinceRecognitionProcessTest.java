package vn.learningcommunity.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.learningcommunity.testsupport.Times.at;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.learningcommunity.testsupport.StandIns;
import vn.learningcommunity.testsupport.TestEngine;

/** The province case on a plain engine: the Provincial People's Committee submits, the Ministry reviews, the Minister decides. */
@Deployment(resources = {"processes/province/provinceRecognition.bpmn", "processes/province/provinceLevel.dmn",
    "processes/common/overdueFollowUp.bpmn", "processes/common/upgradeEligibility.dmn"})
class ProvinceRecognitionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  final List<String> calls = new ArrayList<>();
  double districtShare = 60;
  double communeShare = 55;

  @BeforeEach
  void wire() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at("2025-03-01T09:00:00+07:00"));
    CaseRules.wire("provinceSelfAssessment", "provinceMinistryReview");
    StandIns.record(calls, "provinceCaseOpening", execution -> {
      execution.setVariable("unitCode", "75");
      execution.setVariable("overdue", false);
    });
    StandIns.record(calls, "previousRecognitionLookup", execution -> {
      CaseRules.writeUpgradeFacts(engine.getProcessEngine(), execution, 0, null);
      execution.getProcessInstance().setVariable("p4_1", districtShare);
      execution.getProcessInstance().setVariable("p4_2", communeShare);
    });
    StandIns.recordOnly(calls, "selfAssessmentRecording", "evaluationRecording", "dossierReturn", "closingWithoutApplication",
        "recognitionPublication", "refusalRecording");
    CaseRules.wireDeadlines(engine.getProcessEngine(), calls);
    StandIns.record(calls, "dossierSubmission", execution -> {
      execution.setVariable("appliedLevel", Integer.parseInt(String.valueOf(execution.getVariable("appliedLevel"))));
      execution.setVariable("dossierSubmittedOn", "2025-03-01");
    });
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    TestEngine.BEANS.clear();
  }

  static Map<String, Object> answers(String prefix) {
    Map<String, Object> answers = new HashMap<>();
    for (String indicator : List.of("p1_1", "p1_2", "p1_3", "p2_1", "p2_2", "p2_3", "p2_4", "p3_1", "p3_2")) {
      answers.put(prefix + indicator, "true");
    }
    return answers;
  }

  @Test
  void provinceSubmitsToTheMinistryAndTheMinisterRecognises() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("provinceRecognition", "75-2024",
        Map.of("provinceCode", "75", "evaluationYear", 2024));
    assertThat(instance).isWaitingAt("Task_ProvinceSelfAssessment");
    assertThat(task()).hasDefinitionKey("Task_ProvinceSelfAssessment").hasCandidateGroup("tinh75sogd");
    assertThat(task().getDueDate()).isEqualTo(at("2025-03-15T17:00:00+07:00"));
    complete(task(), answers(""));
    assertThat(instance).variables().containsEntry("selfAssessedLevel", 1);
    assertThat(task()).hasDefinitionKey("Task_ProvinceCommitteeApproval").hasCandidateGroup("tinh75ubnd");
    complete(task(), withVariables("chairDecision", "APPLY", "appliedLevel", "1"));
    assertThat(instance).hasPassed("Task_ProvinceReceiveDossier");
    assertThat(task()).hasDefinitionKey("Task_MinistryVerification").hasCandidateGroup("bogdthamdinh");
    complete(task(), withVariables("verificationResult", "COMPLETE"));
    complete(task(), answers("ev_"));
    assertThat(instance).variables().containsEntry("evaluatedLevel", 1);
    assertThat(task()).hasDefinitionKey("Task_MinisterDecision").hasCandidateGroup("bogdbotruong");
    assertThat(task().getDueDate()).isEqualTo(at("2025-06-30T17:00:00+07:00"));
    complete(task(), withVariables("headDecision", "RECOGNISE", "recognisedLevel", "1", "decisionNumber", "1234/QĐ-BGDĐT",
        "decisionDate", "2025-03-01"));
    assertThat(instance).isEnded().hasPassed("EndEvent_ProvinceRecognised");
    assertThat(calls).contains("recognitionPublication");
  }

  @Test
  void tooFewRecognisedDistrictsKeepTheProvinceBelowLevel1() {
    districtShare = 45;
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("provinceRecognition", "75-2024",
        Map.of("provinceCode", "75", "evaluationYear", 2024));
    assertThat(instance).isWaitingAt("Task_ProvinceSelfAssessment");
    complete(task(), answers(""));
    assertThat(instance).variables().containsEntry("selfAssessedLevel", 0);
    complete(task(), withVariables("chairDecision", "NOT_APPLY"));
    assertThat(instance).isEnded().hasPassed("EndEvent_ProvinceNotApplying");
  }

  @Test
  void ministryReturnsAnIncompleteDossierAndTheMinisterMayRefuse() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("provinceRecognition", "75-2024",
        Map.of("provinceCode", "75", "evaluationYear", 2024));
    assertThat(instance).isWaitingAt("Task_ProvinceSelfAssessment");
    complete(task(), answers(""));
    complete(task(), withVariables("chairDecision", "APPLY", "appliedLevel", "1"));
    complete(task(), withVariables("verificationResult", "INCOMPLETE", "returnReasons", "Thiếu báo cáo tự đánh giá"));
    assertThat(instance).hasPassed("Task_ProvinceReturnDossier").isWaitingAt("Task_ProvinceSelfAssessment");
    complete(task(), answers(""));
    complete(task(), withVariables("chairDecision", "APPLY", "appliedLevel", "1"));
    complete(task(), withVariables("verificationResult", "COMPLETE"));
    complete(task(), answers("ev_"));
    complete(task(), withVariables("headDecision", "REFUSE", "refusalReasons", "Chưa đủ minh chứng tiêu chí 3"));
    assertThat(instance).isEnded().hasPassed("EndEvent_ProvinceRefused");
    assertThat(calls).contains("dossierReturn", "refusalRecording").doesNotContain("recognitionPublication");
  }

}
