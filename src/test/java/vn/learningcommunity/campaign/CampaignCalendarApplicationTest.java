package vn.learningcommunity.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.learningcommunity.deadline.CalendarOverrides;
import vn.learningcommunity.deadline.Milestone;
import vn.learningcommunity.testsupport.ApplicationTestSupport;

/** A campaign's dates are read once per node, and only dates that were committed are remembered. */
class CampaignCalendarApplicationTest extends ApplicationTestSupport {

  @Autowired CalendarOverrides calendar;
  @Autowired CampaignRepository campaigns;
  @Autowired TransactionTemplate transaction;

  @Test
  void aCampaignWhoseOpeningRolledBackIsNotRemembered() {
    transaction.executeWithoutResult(status -> {
      campaigns.save(campaignDue(LocalDate.of(2027, 1, 20)));
      assertThat(calendar.dueOn(Milestone.COMMUNE_SELF_ASSESSMENT, "75", 2026)).contains(LocalDate.of(2027, 1, 20));
      status.setRollbackOnly();
    });

    campaigns.save(campaignDue(LocalDate.of(2027, 1, 22)));

    assertThat(calendar.dueOn(Milestone.COMMUNE_SELF_ASSESSMENT, "75", 2026)).contains(LocalDate.of(2027, 1, 22));
  }

  @Test
  void aYearWithoutCampaignIsAskedAgainOnceItsCampaignIsOpened() {
    assertThat(calendar.dueOn(Milestone.COMMUNE_SELF_ASSESSMENT, "75", 2026)).isEmpty();

    campaigns.save(campaignDue(LocalDate.of(2027, 1, 22)));

    assertThat(calendar.dueOn(Milestone.COMMUNE_SELF_ASSESSMENT, "75", 2026)).contains(LocalDate.of(2027, 1, 22));
  }

  private static Campaign campaignDue(LocalDate selfAssessment) {
    Campaign campaign = new Campaign("75", 2026, "dongnaidieuphoi", LocalDate.of(2027, 1, 5), Instant.now());
    campaign.schedule(Milestone.COMMUNE_SELF_ASSESSMENT, selfAssessment);
    return campaign;
  }
}
