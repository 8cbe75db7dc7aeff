package vn.learningcommunity.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.deadline.DeadlineNotification.Kind;

/**
 * What happens when a deadline approaches or passes: the open task is raised in Tasklist's order,
 * the groups concerned are notified, and a passed deadline marks the case overdue.
 */
@Service
public class DeadlineNotices {

  /** Tasklist sorts by priority; the engine's default is 50. */
  static final int REMINDED_PRIORITY = 75;
  static final int OVERDUE_PRIORITY = 100;

  private final TaskService tasks;
  private final DeadlineNotificationRepository notifications;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public DeadlineNotices(TaskService tasks, DeadlineNotificationRepository notifications, ApplicationEventPublisher events,
      Clock clock) {
    this.tasks = tasks;
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public void remind(String processInstanceId, String businessKey, Milestone milestone, String taskDefinitionKey) {
    notifyCandidates(processInstanceId, businessKey, milestone, taskDefinitionKey, Kind.REMINDER, REMINDED_PRIORITY);
  }

  @Transactional
  public void escalate(String processInstanceId, String businessKey, Milestone milestone, String taskDefinitionKey,
      String supervisorGroup) {
    notifyCandidates(processInstanceId, businessKey, milestone, taskDefinitionKey, Kind.ESCALATION, OVERDUE_PRIORITY);
    notifications.save(new DeadlineNotification(businessKey, milestone, Kind.ESCALATION, supervisorGroup,
        taskDefinitionKey, Instant.now(clock)));
    events.publishEvent(new CaseOverdue(businessKey));
  }

  /** A deadline with no task of its own (a report) approaches: the group responsible is told. */
  @Transactional
  public void remindGroup(String businessKey, Milestone milestone, String group) {
    notifications.save(new DeadlineNotification(businessKey, milestone, Kind.REMINDER, group, null, Instant.now(clock)));
  }

  @Transactional(readOnly = true)
  public List<DeadlineNotification> of(String businessKey) {
    return notifications.findByCaseBusinessKeyOrderById(businessKey);
  }

  private void notifyCandidates(String processInstanceId, String businessKey, Milestone milestone,
      String taskDefinitionKey, Kind kind, int priority) {
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey).list()) {
      tasks.setPriority(task.getId(), Math.max(task.getPriority(), priority));
      tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .forEach(link -> notifications.save(new DeadlineNotification(businessKey, milestone, kind, link.getGroupId(),
              taskDefinitionKey, Instant.now(clock))));
    }
  }
}
