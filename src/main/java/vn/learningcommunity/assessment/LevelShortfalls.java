package vn.learningcommunity.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import vn.learningcommunity.recognition.RecognitionLevels;
import vn.learningcommunity.recognition.UpgradeFacts;

/**
 * Explains a level: the DMN decision {@code communeShortfalls} lists, for each level, the criteria
 * (and the upgrade rule) that the answers do not meet; this turns them into a sentence for forms.
 */
@Service
public class LevelShortfalls {

  static final String COMMUNE_SHORTFALLS = "communeShortfalls";

  private final DecisionService decisions;
  private final IdentityService identity;

  public LevelShortfalls(DecisionService decisions, IdentityService identity) {
    this.decisions = decisions;
    this.identity = identity;
  }

  public String explain(List<IndicatorAnswer> answers, UpgradeFacts facts, int achievedLevel) {
    List<Map<String, Object>> rows = evaluateAsSystem(decisionInputs(answers, facts));
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
  private List<Map<String, Object>> evaluateAsSystem(VariableMap inputs) {
    Authentication official = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return decisions.evaluateDecisionByKey(COMMUNE_SHORTFALLS).variables(inputs).evaluate().getResultList();
    } finally {
      if (official != null) {
        identity.setAuthentication(official);
      }
    }
  }

  /** The inputs every commune decision reads: one per indicator plus the upgrade facts. */
  static VariableMap decisionInputs(List<IndicatorAnswer> answers, UpgradeFacts facts) {
    VariableMap inputs = Variables.createVariables();
    answers.forEach(answer -> inputs.putValue(answer.indicator().variable(), answer.decisionInput()));
    inputs.putValue("previousLevel", facts.previousLevel());
    inputs.putValue("monthsSincePreviousDecision", facts.monthsSincePreviousDecision());
    return inputs;
  }
}
