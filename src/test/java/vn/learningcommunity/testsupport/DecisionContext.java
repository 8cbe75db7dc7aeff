package vn.learningcommunity.testsupport;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * Inputs for a level's decision tables as the processes give them: the answers inside the context
 * {@code findings}, the shares the system computes as variables of their own, and — when the test
 * gives the register's facts ({@code previousLevel}, {@code monthsSincePreviousDecision}) — the
 * shared 12-month rule's answer {@code upgradeEligible}, from {@code processes/common/upgradeEligibility.dmn}.
 */
public final class DecisionContext {

  static final Set<String> COMPUTED = Set.of("d5_1", "p4_1", "p4_2");
  private static DmnEngine dmn;
  private static DmnDecision upgradeRule;

  private DecisionContext() {}

  public static Map<String, Object> of(Map<String, Object> flat) {
    Map<String, Object> inputs = new HashMap<>();
    Map<String, Object> findings = new HashMap<>();
    flat.forEach((name, value) -> {
      if (name.matches("[cdp]\\d+_\\d+") && !COMPUTED.contains(name)) {
        findings.put(name, value);
      } else {
        inputs.put(name, value);
      }
    });
    inputs.put("findings", findings);
    if (flat.containsKey("previousLevel")) {
      inputs.put("upgradeEligible", upgradeEligible(flat.get("previousLevel"), flat.get("monthsSincePreviousDecision")));
    }
    return inputs;
  }

  public static synchronized boolean upgradeEligible(Object previousLevel, Object months) {
    if (upgradeRule == null) {
      dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
      try (InputStream model = new FileInputStream("processes/common/upgradeEligibility.dmn")) {
        upgradeRule = dmn.parseDecision("upgradeEligibility", model);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Map<String, Object> facts = new HashMap<>();
    facts.put("previousLevel", previousLevel);
    facts.put("monthsSincePreviousDecision", months);
    return (Boolean) dmn.evaluateDecision(upgradeRule, facts).getSingleResult().getSingleEntry();
  }
}
