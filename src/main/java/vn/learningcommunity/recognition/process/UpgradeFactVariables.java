package vn.learningcommunity.recognition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.learningcommunity.recognition.UpgradeEligibility;
import vn.learningcommunity.recognition.UpgradeFacts;

/** The process variables of the upgrade rule: the register's facts, and the shared decision's answer on them. */
public final class UpgradeFactVariables {

  static final String PREVIOUS_LEVEL = "previousLevel";
  static final String MONTHS_SINCE = "monthsSincePreviousDecision";
  static final String ELIGIBLE = "upgradeEligible";

  private UpgradeFactVariables() {}

  static void write(DelegateExecution execution, UpgradeFacts facts, UpgradeEligibility rule) {
    execution.setVariable(PREVIOUS_LEVEL, facts.previousLevel());
    execution.setVariable(MONTHS_SINCE, facts.monthsSincePreviousDecision());
    execution.setVariable(ELIGIBLE, rule.eligible(facts));
  }

  public static UpgradeFacts read(DelegateExecution execution) {
    Number level = (Number) execution.getVariable(PREVIOUS_LEVEL);
    Number months = (Number) execution.getVariable(MONTHS_SINCE);
    return new UpgradeFacts(level == null ? 0 : level.intValue(), months == null ? null : months.intValue());
  }
}
