package vn.learningcommunity.deadline.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.learningcommunity.deadline.DeadlineNotices;
import vn.learningcommunity.deadline.Milestone;
import vn.learningcommunity.deadline.TaskDeadline;

/**
 * Timeout listener "reminder" of a user task: its deadline approaches. Cases still running on a
 * diagram from before the timeout listeners (boundary timers, version tag 1) call it as the service
 * task "Nhắc hạn" with the inputs {@code milestone} and {@code taskDefinitionKey}.
 */
@Component("deadlineReminder")
class DeadlineReminderListener implements TaskListener, JavaDelegate {

  private final DeadlineNotices notices;
  private final TaskService tasks;

  DeadlineReminderListener(DeadlineNotices notices, TaskService tasks) {
    this.notices = notices;
    this.tasks = tasks;
  }

  @Override
  public void notify(DelegateTask task) {
    notices.remind(task, TaskDeadline.of(task.getBpmnModelElementInstance()).milestone());
  }

  @Override
  public void execute(DelegateExecution execution) {
    Milestone milestone = Milestone.valueOf((String) execution.getVariable("milestone"));
    OpenTasks.of(tasks, execution).forEach(task -> notices.remind(task, milestone));
  }
}
