package vn.learningcommunity.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.deadline.DeadlineNotices;
import vn.learningcommunity.deadline.Milestone;

/** "Nhắc hạn báo cáo": inputs {@code milestone} and {@code recipientGroup}. */
@Component("campaignDeadlineNotice")
class CampaignDeadlineNoticeDelegate implements JavaDelegate {

  private final DeadlineNotices notices;

  CampaignDeadlineNoticeDelegate(DeadlineNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.remindGroup(execution.getProcessBusinessKey(), Milestone.valueOf((String) execution.getVariable("milestone")),
        (String) execution.getVariable("recipientGroup"));
  }
}
