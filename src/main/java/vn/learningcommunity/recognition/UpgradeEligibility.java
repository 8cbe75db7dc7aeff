package vn.learningcommunity.recognition;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.learningcommunity.rules.LatestDecisions;

/**
 * The 12-month rule for Level 2, the same for communes, districts and provinces: the shared
 * decision {@value #DECISION} ({@code processes/common/upgradeEligibility.dmn}) judges the facts the
 * register gives; each level's decision tables read its answer as the variable {@code upgradeEligible}.
 * Evaluated without decision history of its own: the answer is kept where it counts, as an input of
 * the level's business rule task in the engine's decision history and as a process variable.
 */
@Service
public class UpgradeEligibility {

  public static final String DECISION = "upgradeEligibility";

  private final LatestDecisions decisions;

  public UpgradeEligibility(LatestDecisions decisions) {
    this.decisions = decisions;
  }

  public boolean eligible(UpgradeFacts facts) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("previousLevel", facts.previousLevel());
    inputs.put("monthsSincePreviousDecision", facts.monthsSincePreviousDecision());
    return Boolean.TRUE.equals(decisions.evaluate(DECISION, inputs).getSingleEntry());
  }
}
