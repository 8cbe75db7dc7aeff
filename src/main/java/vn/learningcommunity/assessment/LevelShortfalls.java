package vn.learningcommunity.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import vn.learningcommunity.recognition.RecognitionLevels;
import vn.learningcommunity.recognition.UpgradeEligibility;
import vn.learningcommunity.recognition.UpgradeFacts;
import vn.learningcommunity.rules.LatestDecisions;
import vn.learningcommunity.unit.UnitLevel;

/**
 * Explains a level: the DMN decision {@code <level>Shortfalls} lists, for each level, the criteria
 * (and the upgrade rule) that the answers do not meet; this turns them into a sentence for forms.
 * The explanation is a text derived from the answers, not a decision: it is evaluated without
 * decision history (rules.LatestDecisions). The level itself is decided by the case's business rule
 * task, whose inputs and outputs the engine's decision history keeps.
 */
@Service
public class LevelShortfalls {

  private final LatestDecisions decisions;
  private final UpgradeEligibility upgradeRule;

  public LevelShortfalls(LatestDecisions decisions, UpgradeEligibility upgradeRule) {
    this.decisions = decisions;
    this.upgradeRule = upgradeRule;
  }

  /** The decision that lists shortfalls for units of a level: communeShortfalls, districtShortfalls … */
  static String decisionKey(UnitLevel unitLevel) {
    return unitLevel.name().toLowerCase(Locale.ROOT) + "Shortfalls";
  }

  public String explain(UnitLevel unitLevel, List<IndicatorAnswer> answers, UpgradeFacts facts, int achievedLevel) {
    List<Map<String, Object>> rows = decisions.evaluate(decisionKey(unitLevel),
        decisionInputs(answers, upgradeRule.eligible(facts))).getResultList();
    List<String> sentences = new ArrayList<>();
    for (int level = achievedLevel + 1; level <= 2; level++) {
      int target = level;
      List<String> reasons = rows.stream()
          .filter(row -> ((Number) row.get("forLevel")).intValue() == target)
          .map(row -> (String) row.get("reason"))
          .toList();
      if (!reasons.isEmpty()) {
        sentences.add("Chưa đạt " + RecognitionLevels.label(level) + ": " + String.join("; ", reasons) + ".");
      }
    }
    return String.join(" ", sentences);
  }

  /**
   * The inputs the decisions read: the answers as the context {@code findings} (as the business rule
   * tasks pass them), the shares the system computes as variables of their own, and the answer of
   * the shared 12-month rule.
   */
  static VariableMap decisionInputs(List<IndicatorAnswer> answers, boolean upgradeEligible) {
    VariableMap inputs = Variables.createVariables();
    Map<String, Object> findings = new HashMap<>();
    answers.forEach(answer -> findings.put(answer.indicator().variable(), answer.decisionInput()));
    answers.stream().filter(answer -> answer.indicator().isComputed())
        .forEach(answer -> inputs.putValue(answer.indicator().variable(), answer.decisionInput()));
    inputs.putValue("findings", findings);
    inputs.putValue("upgradeEligible", upgradeEligible);
    return inputs;
  }
}
