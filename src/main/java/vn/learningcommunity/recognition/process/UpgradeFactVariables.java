package vn.learningcommunity.recognition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.learningcommunity.recognition.UpgradeFacts;

/** The process variables the DMN upgrade rule reads. */
public final class UpgradeFactVariables {

  static final String PREVIOUS_LEVEL = "previousLevel";
  static final String MONTHS_SINCE = "monthsSincePreviousDecision";

  private UpgradeFactVariables() {}

  static void write(DelegateExecution execution, UpgradeFacts facts) {
    execution.setVariable(PREVIOUS_LEVEL, facts.previousLevel());
    execution.setVariable(MONTHS_SINCE, facts.monthsSincePreviousDecision());
  }

  public static UpgradeFacts read(DelegateExecution execution) {
    Number level = (Number) execution.getVariable(PREVIOUS_LEVEL);
    Number months = (Number) execution.getVariable(MONTHS_SINCE);
    return new UpgradeFacts(level == null ? 0 : level.intValue(), months == null ? null : months.intValue());
  }
}
