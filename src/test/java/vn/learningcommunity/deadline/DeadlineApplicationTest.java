package vn.learningcommunity.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.learningcommunity.deadline.DeadlineNotification.Kind;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.recognition.RecognitionCaseRepository;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.CommuneAnswers;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.routing.DossierRoute;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.testsupport.TaskTimers;
import vn.learningcommunity.testsupport.AtOnce;

/** Reminders and escalations with the real delegates: what the officials and the case record see. */
class DeadlineApplicationTest extends ApplicationTestSupport {

  @Autowired RecognitionCases communeCases;
  @Autowired RecognitionCaseRepository cases;
  @Autowired DeadlineNotices notices;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired ProvinceCalendar calendar;
  @Autowired WorkingDays workingDays;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;

  @Test
  void reminderRaisesTheTaskAndNotifiesItsGroup() {
    String instance = communeCases.open("26428", 2026).getId();
    fire(instance, TaskTimers.REMINDER);

    Task selfAssessment = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_SelfAssessment").singleResult();
    assertThat(selfAssessment.getPriority()).isEqualTo(DeadlineNotices.REMINDED_PRIORITY);
    assertThat(notices.of("26428-2026")).extracting(DeadlineNotification::getKind, DeadlineNotification::getRecipientGroup,
        DeadlineNotification::getMilestone).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Kind.REMINDER, "xa26428danhgia", Milestone.COMMUNE_SELF_ASSESSMENT));
    assertThat(cases.findByBusinessKey("26428-2026").orElseThrow().isOverdue()).isFalse();
  }

  @Test
  void passedDeadlineMarksTheCaseOverdueAndTheDistrictOfficeFollowsUp() {
    String instance = communeCases.open("26428", 2026).getId();
    fire(instance, TaskTimers.OVERDUE);

    assertThat(cases.findByBusinessKey("26428-2026").orElseThrow().isOverdue()).isTrue();
    assertThat(runtime.getVariable(instance, "overdue")).isEqualTo(true);
    assertThat(notices.of("26428-2026")).extracting(DeadlineNotification::getKind, DeadlineNotification::getRecipientGroup)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ESCALATION, "xa26428danhgia"),
            org.assertj.core.groups.Tuple.tuple(Kind.ESCALATION, "tinh75sogd"));
    assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_SelfAssessment").singleResult()
        .getPriority()).isEqualTo(DeadlineNotices.OVERDUE_PRIORITY);

    String followUp = onlyTaskOf("dongnaisogd");
    assertThat(submit("dongnaisogd", followUp, Map.of()).getBody().get("message"))
        .isEqualTo("Chưa nhập nội dung đã đôn đốc.");
    submit("dongnaisogd", followUp, Map.of("followUpNote", "Đã đề nghị UBND xã hoàn thành trước 12/01"));
    assertThat(tasksOf("dongnaisogd")).isEmpty();
    assertThat(onlyTaskOf("xuanbacdanhgia")).isNotNull();
  }

  /**
   * The follow-up task takes its own field only, from its own supervisor group, once: another
   * district's office, the late official, a process-owned field, oversized text and the same
   * completion twice at once change nothing.
   */
  @Test
  void theFollowUpIsTheSupervisorsAndTakesOnlyItsNote() throws Exception {
    provisioning.ensureUser("longkhanhphonggd", "Chuyên viên", "Long Khánh", "demo",
        provisioning.ensureGroup(vn.learningcommunity.identity.UnitRole.DISTRICT_OFFICE_STAFF, "732", "Thành phố Long Khánh"));
    String instance = communeCases.open("26428", 2026).getId();
    fire(instance, TaskTimers.OVERDUE);
    String followUp = onlyTaskOf("dongnaisogd");
    String followUpInstance = tasks.createTaskQuery().taskId(followUp).singleResult().getProcessInstanceId();
    Map<String, Object> note = Map.of("followUpNote", "Đã gọi điện cho UBND xã");

    assertThat(tasksOf("longkhanhphonggd")).isEmpty();
    assertThat(submit("longkhanhphonggd", followUp, note).getStatusCode().value()).isEqualTo(403);
    assertThat(submit("xuanbacdanhgia", followUp, note).getStatusCode().value()).isEqualTo(403);
    assertThat((String) submit("dongnaisogd", followUp, Map.of("followUpNote", "x", "overdueStep", "Khác")).getBody()
        .get("message")).contains("overdueStep");
    assertThat((String) submit("dongnaisogd", followUp, Map.of("followUpNote", "Đôn đốc ".repeat(300))).getBody()
        .get("message")).contains("vượt quá giới hạn 2000 ký tự");
    assertThat(runtime.getVariable(followUpInstance, "followUpNote")).isNull();

    List<Integer> statuses = AtOnce.twice(() -> submit("dongnaisogd", followUp, note).getStatusCode().value());
    assertThat(statuses).contains(204).allMatch(status -> status == 204 || status == 404 || status == 409);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(followUpInstance).finished().count()).isOne();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(followUpInstance).count()).isZero();
  }

  /**
   * Every user task of a commune case, as the procedure reaches it: due on its milestone's working
   * day (the decision falls in Tết 2027 and moves before it), reminded and escalated at the computed
   * moments, and escalated to a follow-up for the group its model names, due on its own date.
   */
  @Test
  void everyUserTaskOfACaseIsDueRemindedAndEscalatedOnWorkingDays() {
    String instance = communeCases.open("26428", 2026).getId();
    attachMinutes("26428-2026");
    Map<String, Map<String, Object>> forms = new LinkedHashMap<>();
    forms.put("Task_SelfAssessment", CommuneAnswers.selfAssessmentForm(CommuneAnswers.level1(), "2027-01-04"));
    forms.put("Task_ChairApproval", Map.of("chairDecision", "APPLY", "appliedLevel", "1"));
    forms.put("Task_VerifyDossier", Map.of("verificationResult", "COMPLETE"));
    forms.put("Task_EvaluateDossier", CommuneAnswers.evaluationForm(CommuneAnswers.level1()));
    forms.put("Task_DistrictAssociationReview", CommuneAnswers.associationForm(CommuneAnswers.level1()));
    forms.put("Task_DecideRecognition", null);
    BpmnModelInstance model = repository.getBpmnModelInstance(runtime.createProcessInstanceQuery()
        .processInstanceId(instance).singleResult().getProcessDefinitionId());
    Set<String> seen = new TreeSet<>();
    forms.forEach((taskKey, form) -> {
      Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
      assertThat(task).as(taskKey).isNotNull();
      TaskDeadline deadline = TaskDeadline.of(model.getModelElementById(taskKey));
      ZonedDateTime due = calendar.due(deadline.milestone(), "75", 2026);
      assertThat(workingDays.isWorkingDay(due.toLocalDate())).as(taskKey + " due on " + due).isTrue();
      assertThat(task.getDueDate()).as(taskKey).isEqualTo(Date.from(due.toInstant()));
      assertThat(TaskTimers.of(management, instance, taskKey, TaskTimers.REMINDER).getDuedate()).as(taskKey)
          .isEqualTo(Date.from(calendar.reminder(deadline.milestone(), "75", 2026).toInstant()));
      Job overdue = TaskTimers.of(management, instance, taskKey, TaskTimers.OVERDUE);
      assertThat(overdue.getDuedate()).as(taskKey).isEqualTo(Date.from(due.toInstant()));

      management.executeJob(overdue.getId());
      Task followUp = tasks.createTaskQuery().processDefinitionKey(OverdueFollowUps.PROCESS).processInstanceBusinessKey("26428-2026")
          .list().stream().filter(t -> taskKey.equals(overdueStepOf(t))).findFirst().orElseThrow();
      assertThat(tasks.getIdentityLinksForTask(followUp.getId())).as(taskKey)
          .anyMatch(link -> supervisorOf(instance, deadline).groupId(
              supervisorOf(instance, deadline).level() == UnitLevel.DISTRICT ? "741" : "75").equals(link.getGroupId()));
      assertThat(followUp.getDueDate()).as(taskKey)
          .isEqualTo(Date.from(calendar.followUp(deadline.milestone(), "75", 2026).toInstant()));
      seen.add(taskKey);
      if (form != null) {
        tasks.complete(task.getId(), new java.util.HashMap<>(form));
      }
    });
    assertThat(seen).isEqualTo(model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId)
        .collect(Collectors.toCollection(TreeSet::new)));
    // the commune decision of 10/02/2027 falls in Tết: due on Thursday 04/02/2027
    assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_DecideRecognition").singleResult()
        .getDueDate()).isEqualTo(at("2027-02-04T17:00:00+07:00"));
  }

  /** A case started on the diagram of before the timeout listeners keeps its reminders and escalations. */
  @Test
  void casesOnTheDiagramWithBoundaryTimersAreStillRemindedAndEscalated() throws Exception {
    String deployment = repository.createDeployment().name("version-1").addInputStream("communeRecognition.bpmn",
        getClass().getResourceAsStream("/legacy/communeRecognition-before-timeout-listeners.bpmn")).deploy().getId();
    try {
      // such cases were opened before the reform, on the district's route
      ClockUtil.setCurrentTime(at(THREE_TIER_NOW));
      String instance = communeCases.open("26428", 2024).getId();
      management.executeJob(management.createJobQuery().processInstanceId(instance).activityId("Timer_SelfAssessmentReminder")
          .singleResult().getId());
      Task selfAssessment = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_SelfAssessment")
          .singleResult();
      assertThat(selfAssessment.getPriority()).isEqualTo(DeadlineNotices.REMINDED_PRIORITY);
      management.executeJob(management.createJobQuery().processInstanceId(instance).activityId("Timer_SelfAssessmentOverdue")
          .singleResult().getId());
      assertThat(tasks.createTaskQuery().taskId(selfAssessment.getId()).singleResult().getPriority())
          .isEqualTo(DeadlineNotices.OVERDUE_PRIORITY);
      assertThat(cases.findByBusinessKey("26428-2024").orElseThrow().isOverdue()).isTrue();
      assertThat(notices.of("26428-2024")).extracting(DeadlineNotification::getKind, DeadlineNotification::getRecipientGroup)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.REMINDER, "xa26428danhgia"),
              org.assertj.core.groups.Tuple.tuple(Kind.ESCALATION, "xa26428danhgia"),
              org.assertj.core.groups.Tuple.tuple(Kind.ESCALATION, "huyen741phonggd"));
      assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_SelfAssessmentFollowUp").count())
          .isOne();
    } finally {
      repository.deleteDeployment(deployment, true, true);
    }
  }

  private String overdueStepOf(Task followUp) {
    String caseStep = (String) runtime.getVariable(followUp.getProcessInstanceId(), "overdueStep");
    return tasks.createTaskQuery().processInstanceBusinessKey("26428-2026").taskName(caseStep).list().stream()
        .map(Task::getTaskDefinitionKey).filter(key -> !key.equals(followUp.getTaskDefinitionKey())).findFirst().orElse(null);
  }

  private void fire(String processInstanceId, String listenerId) {
    management.executeJob(TaskTimers.of(management, processInstanceId, "Task_SelfAssessment", listenerId).getId());
  }

  /** The role a task escalates to in the case: the one its model names, or the role of the case's route. */
  private UnitRole supervisorOf(String instance, TaskDeadline deadline) {
    return UnitRole.valueOf(DossierRoute.ROLE_VARIABLES.contains(deadline.escalatesTo())
        ? (String) runtime.getVariable(instance, deadline.escalatesTo()) : deadline.escalatesTo());
  }
}
