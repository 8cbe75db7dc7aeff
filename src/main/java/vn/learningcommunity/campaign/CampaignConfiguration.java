package vn.learningcommunity.campaign;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.learningcommunity.deadline.FollowUpValidator;

@Configuration
class CampaignConfiguration {

  /** The follow-up of a report produced with units still pending asks the same as any follow-up. */
  @Bean
  FollowUpValidator pendingFollowUpValidator() {
    return new FollowUpValidator("campaignPendingFollowUp");
  }
}
