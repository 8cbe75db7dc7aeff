package vn.learningcommunity.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.learningcommunity.deadline.Milestone;

/**
 * What a coordinator gives to open a campaign: the province and year, any dates that differ from
 * the province's defaults, and the units to leave out with the reason.
 */
public record CampaignOpening(String provinceCode, Integer evaluationYear, Map<Milestone, LocalDate> deadlines,
    List<Exclusion> exclusions) {

  public record Exclusion(String unitCode, String reason) {}
}
