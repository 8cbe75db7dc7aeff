package vn.learningcommunity.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.deadline.DeadlineNotices;
import vn.learningcommunity.deadline.Milestone;

/** "Nhắc hạn": inputs {@code milestone} and {@code taskDefinitionKey} name the deadline and the task it guards. */
@Component("deadlineReminder")
class DeadlineReminderDelegate implements JavaDelegate {

  private final DeadlineNotices notices;

  DeadlineReminderDelegate(DeadlineNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.remind(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        Milestone.valueOf((String) execution.getVariable("milestone")), (String) execution.getVariable("taskDefinitionKey"));
  }
}
