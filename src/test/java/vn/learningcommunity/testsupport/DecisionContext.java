package vn.learningcommunity.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Inputs for a decision table as the business rule tasks give them: the answers inside the context
 * {@code findings}, the shares the system computes and the upgrade facts as variables of their own.
 */
public final class DecisionContext {

  static final Set<String> COMPUTED = Set.of("d5_1", "p4_1", "p4_2");

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
    return inputs;
  }
}
