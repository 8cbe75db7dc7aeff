package vn.learningcommunity.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.learningcommunity.deadline.Milestone;
import vn.learningcommunity.validation.RejectedInputException;

/**
 * What a coordinator gives to open a campaign: the province and year, any dates that differ from
 * the province's defaults, and the units to leave out with the reason.
 */
public record CampaignOpening(String provinceCode, Integer evaluationYear, Map<Milestone, LocalDate> deadlines,
    List<Exclusion> exclusions) {

  public record Exclusion(String unitCode, String reason) {}

  /** The exclusions as the Tasklist start form takes them: one "unit code: reason" per line. */
  public static List<Exclusion> parseExclusions(String text) {
    List<Exclusion> exclusions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (text != null) {
      for (String line : text.split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          problems.add("Dòng \"" + line.trim() + "\" phải có dạng \"mã đơn vị: lý do\".");
        } else {
          exclusions.add(new Exclusion(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RejectedInputException(problems);
    }
    return exclusions;
  }
}
