package vn.learningcommunity.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
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

  private final DeadlineNotificationRepository notifications;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public DeadlineNotices(DeadlineNotificationRepository notifications, ApplicationEventPublisher events,
      Clock clock) {
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public void remind(DelegateTask task, Milestone milestone) {
    notifyCandidates(task, milestone, Kind.REMINDER, REMINDED_PRIORITY);
  }

  @Transactional
  public void escalate(DelegateTask task, Milestone milestone, String supervisorGroup) {
    notifyCandidates(task, milestone, Kind.ESCALATION, OVERDUE_PRIORITY);
    String businessKey = task.getExecution().getProcessBusinessKey();
    notifications.save(new DeadlineNotification(businessKey, milestone, Kind.ESCALATION, supervisorGroup,
        task.getTaskDefinitionKey(), Instant.now(clock)));
    events.publishEvent(new GroupNotified(Kind.ESCALATION.name(), true, task.getId(), task.getName(), task.getDueDate(),
        supervisorGroup));
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

  private void notifyCandidates(DelegateTask task, Milestone milestone, Kind kind, int priority) {
    task.setPriority(Math.max(task.getPriority(), priority));
    String businessKey = task.getExecution().getProcessBusinessKey();
    task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .forEach(link -> {
          notifications.save(new DeadlineNotification(businessKey, milestone, kind, link.getGroupId(),
              task.getTaskDefinitionKey(), Instant.now(clock)));
          events.publishEvent(new GroupNotified(kind.name(), kind == Kind.ESCALATION, task.getId(), task.getName(),
              task.getDueDate(), link.getGroupId()));
        });
  }
}
