package vn.learningcommunity.recognition;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import vn.learningcommunity.identity.AsSystem;

/**
 * The 12-month rule for Level 2, the same for communes, districts and provinces: the shared
 * decision {@value #DECISION} ({@code processes/common/upgradeEligibility.dmn}) judges the facts the
 * register gives; each level's decision tables read its answer as the variable {@code upgradeEligible}.
 */
@Service
public class UpgradeEligibility {

  public static final String DECISION = "upgradeEligibility";

  private final DecisionService decisions;
  private final IdentityService identity;

  public UpgradeEligibility(DecisionService decisions, IdentityService identity) {
    this.decisions = decisions;
    this.identity = identity;
  }

  public boolean eligible(UpgradeFacts facts) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("previousLevel", facts.previousLevel());
    inputs.put("monthsSincePreviousDecision", facts.monthsSincePreviousDecision());
    // the system judges, not the official whose request is served
    Object eligible = AsSystem.call(identity,
        () -> decisions.evaluateDecisionByKey(DECISION).variables(inputs).evaluate().getSingleEntry());
    return Boolean.TRUE.equals(eligible);
  }
}
