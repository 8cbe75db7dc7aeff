package vn.learningcommunity.deadline.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.learningcommunity.deadline.DeadlineNotices;
import vn.learningcommunity.deadline.Milestone;
import vn.learningcommunity.deadline.OverdueFollowUps;
import vn.learningcommunity.deadline.TaskDeadline;

/**
 * Timeout listener "overdue" of a user task: the case is marked overdue (also as the variable
 * {@code overdue}, for Cockpit and Tasklist filters), the groups are told, and the supervisor gets a
 * follow-up task. Cases still running on a diagram from before the timeout listeners (version tag 1)
 * call it as the service task "Đánh dấu quá hạn" (inputs {@code milestone}, {@code taskDefinitionKey},
 * {@code supervisorGroup}); their diagram draws the follow-up task itself.
 */
@Component("overdueEscalation")
class OverdueEscalationListener implements TaskListener, JavaDelegate {

  private final DeadlineNotices notices;
  private final OverdueFollowUps followUps;
  private final TaskService tasks;

  OverdueEscalationListener(DeadlineNotices notices, OverdueFollowUps followUps, TaskService tasks) {
    this.notices = notices;
    this.followUps = followUps;
    this.tasks = tasks;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskDeadline deadline = TaskDeadline.of(task.getBpmnModelElementInstance());
    notices.escalate(task, deadline.milestone(), OverdueFollowUps.supervisorGroup(task, deadline.supervisorIn(task.getExecution())));
    task.getExecution().getProcessInstance().setVariable("overdue", true);
    followUps.open(task, deadline);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone milestone = Milestone.valueOf((String) execution.getVariable("milestone"));
    String supervisorGroup = (String) execution.getVariable("supervisorGroup");
    OpenTasks.of(tasks, execution).forEach(task -> notices.escalate(task, milestone, supervisorGroup));
    execution.getProcessInstance().setVariable("overdue", true);
  }
}
