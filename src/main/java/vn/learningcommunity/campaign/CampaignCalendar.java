package vn.learningcommunity.campaign;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.deadline.CalendarOverrides;
import vn.learningcommunity.deadline.Milestone;

/** The dates a campaign set for its province and year: what every timer of its cases runs on. */
@Component
class CampaignCalendar implements CalendarOverrides {

  private final CampaignRepository campaigns;

  CampaignCalendar(CampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<LocalDate> dueOn(Milestone milestone, String provinceCode, int evaluationYear) {
    return campaigns.findByBusinessKey(Campaign.businessKey(provinceCode, evaluationYear))
        .flatMap(campaign -> campaign.dueOn(milestone));
  }
}
