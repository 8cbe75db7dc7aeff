package vn.learningcommunity.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.learningcommunity.deadline.OverdueFollowUps;

/** End listener of every case process: the follow-ups of its overdue tasks end with it. */
@Component("followUpClosing")
class FollowUpClosingListener implements ExecutionListener {

  private final OverdueFollowUps followUps;

  FollowUpClosingListener(OverdueFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    followUps.closeAll(execution);
  }
}
