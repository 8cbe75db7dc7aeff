package vn.learningcommunity.campaign;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.deadline.CalendarOverrides;
import vn.learningcommunity.deadline.Milestone;

/**
 * The dates a campaign set for its province and year: what every timer of its cases runs on. A
 * campaign's dates never change once it is opened, so each is read from the database once per node;
 * the cache is transaction-aware, so a campaign whose opening rolls back is never remembered, and a
 * year without a campaign (default dates) is asked again.
 */
@Component
class CampaignCalendar implements CalendarOverrides {

  static final String CACHE = "campaignCalendar";

  private final CampaignRepository campaigns;

  CampaignCalendar(CampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  @Transactional(readOnly = true)
  @Cacheable(cacheNames = CACHE, unless = "#result == null")
  public Optional<LocalDate> dueOn(Milestone milestone, String provinceCode, int evaluationYear) {
    return campaigns.findByBusinessKey(Campaign.businessKey(provinceCode, evaluationYear))
        .flatMap(campaign -> campaign.dueOn(milestone));
  }
}
