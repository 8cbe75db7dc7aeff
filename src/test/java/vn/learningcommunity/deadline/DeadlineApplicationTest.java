package vn.learningcommunity.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.learningcommunity.deadline.DeadlineNotification.Kind;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.recognition.RecognitionCaseRepository;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.TaskTimers;

/** Reminders and escalations with the real delegates: what the officials and the case record see. */
class DeadlineApplicationTest extends ApplicationTestSupport {

  @Autowired RecognitionCases communeCases;
  @Autowired RecognitionCaseRepository cases;
  @Autowired DeadlineNotices notices;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

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
            org.assertj.core.groups.Tuple.tuple(Kind.ESCALATION, "huyen741phonggd"));
    assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_SelfAssessment").singleResult()
        .getPriority()).isEqualTo(DeadlineNotices.OVERDUE_PRIORITY);

    String followUp = onlyTaskOf("xuanlocphonggd");
    assertThat(submit("xuanlocphonggd", followUp, Map.of()).getBody().get("message"))
        .isEqualTo("Chưa nhập nội dung đã đôn đốc.");
    submit("xuanlocphonggd", followUp, Map.of("followUpNote", "Đã đề nghị UBND xã hoàn thành trước 12/01"));
    assertThat(tasksOf("xuanlocphonggd")).isEmpty();
    assertThat(onlyTaskOf("xuanbacdanhgia")).isNotNull();
  }

  private void fire(String processInstanceId, String listenerId) {
    management.executeJob(TaskTimers.of(management, processInstanceId, "Task_SelfAssessment", listenerId).getId());
  }
}
