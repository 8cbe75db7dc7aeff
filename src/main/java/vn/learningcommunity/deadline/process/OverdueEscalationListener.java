package vn.learningcommunity.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.learningcommunity.deadline.DeadlineNotices;
import vn.learningcommunity.deadline.OverdueFollowUps;
import vn.learningcommunity.deadline.TaskDeadline;

/**
 * Timeout listener "overdue" of a user task: the case is marked overdue (also as the variable
 * {@code overdue}, for Cockpit and Tasklist filters), the groups are told, and the supervisor gets a
 * follow-up task.
 */
@Component("overdueEscalation")
class OverdueEscalationListener implements TaskListener {

  private final DeadlineNotices notices;
  private final OverdueFollowUps followUps;

  OverdueEscalationListener(DeadlineNotices notices, OverdueFollowUps followUps) {
    this.notices = notices;
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskDeadline deadline = TaskDeadline.of(task.getBpmnModelElementInstance());
    notices.escalate(task, deadline.milestone(), OverdueFollowUps.supervisorGroup(task, deadline.escalatesTo()));
    task.getExecution().getProcessInstance().setVariable("overdue", true);
    followUps.open(task, deadline);
  }
}
