package vn.learningcommunity.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.learningcommunity.deadline.DeadlineNotices;
import vn.learningcommunity.deadline.TaskDeadline;

/** Timeout listener "reminder" of a user task: its deadline approaches. */
@Component("deadlineReminder")
class DeadlineReminderListener implements TaskListener {

  private final DeadlineNotices notices;

  DeadlineReminderListener(DeadlineNotices notices) {
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    notices.remind(task, TaskDeadline.of(task.getBpmnModelElementInstance()).milestone());
  }
}
