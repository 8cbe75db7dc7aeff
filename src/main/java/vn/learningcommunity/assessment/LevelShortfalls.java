package vn.learningcommunity.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import vn.learningcommunity.identity.AsSystem;
import vn.learningcommunity.recognition.RecognitionLevels;
import vn.learningcommunity.recognition.UpgradeEligibility;
import vn.learningcommunity.recognition.UpgradeFacts;
import vn.learningcommunity.unit.UnitLevel;

/**
 * Explains a level: the DMN decision {@code <level>Shortfalls} lists, for each level, the criteria
 * (and the upgrade rule) that the answers do not meet; this turns them into a sentence for forms.
 */
@Service
public class LevelShortfalls {

  private final DecisionService decisions;
  private final IdentityService identity;
  private final UpgradeEligibility upgradeRule;

  public LevelShortfalls(DecisionService decisions, IdentityService identity, UpgradeEligibility upgradeRule) {
    this.decisions = decisions;
    this.identity = identity;
    this.upgradeRule = upgradeRule;
  }

  /** The decision that lists shortfalls for units of a level: communeShortfalls, districtShortfalls … */
  static String decisionKey(UnitLevel unitLevel) {
    return unitLevel.name().toLowerCase(Locale.ROOT) + "Shortfalls";
  }

  public String explain(UnitLevel unitLevel, List<IndicatorAnswer> answers, UpgradeFacts facts, int achievedLevel) {
    List<Map<String, Object>> rows = evaluateAsSystem(decisionKey(unitLevel),
        decisionInputs(answers, upgradeRule.eligible(facts)));
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
   * The system explains the level, not the official who completed the task: officials are not
   * granted the right to evaluate decisions themselves.
   */
  private List<Map<String, Object>> evaluateAsSystem(String decisionKey, VariableMap inputs) {
    return AsSystem.call(identity, () -> decisions.evaluateDecisionByKey(decisionKey).variables(inputs).evaluate().getResultList());
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
