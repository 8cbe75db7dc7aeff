package vn.learningcommunity.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.deadline.DeadlineNotices;
import vn.learningcommunity.deadline.Milestone;

/**
 * "Đánh dấu quá hạn": inputs {@code milestone}, {@code taskDefinitionKey} and {@code supervisorGroup};
 * marks the case overdue (also as the variable {@code overdue}, for Cockpit and Tasklist filters).
 */
@Component("overdueEscalation")
class OverdueEscalationDelegate implements JavaDelegate {

  private final DeadlineNotices notices;

  OverdueEscalationDelegate(DeadlineNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.escalate(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        Milestone.valueOf((String) execution.getVariable("milestone")), (String) execution.getVariable("taskDefinitionKey"),
        (String) execution.getVariable("supervisorGroup"));
    execution.getProcessInstance().setVariable("overdue", true);
  }
}
