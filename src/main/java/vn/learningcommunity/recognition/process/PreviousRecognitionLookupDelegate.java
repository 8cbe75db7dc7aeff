package vn.learningcommunity.recognition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.recognition.ComputedIndicators;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.recognition.UpgradeEligibility;

/**
 * "Tra cứu sổ công nhận": what the register says about the unit (variable {@code unitCode}) for the
 * DMN — its standing recognition for the upgrade rule, and the indicators the system computes
 * (shares of recognised districts and communes), overwriting whatever a form may have sent.
 */
@Component("previousRecognitionLookup")
class PreviousRecognitionLookupDelegate implements JavaDelegate {

  private final RecognitionCases cases;
  private final ComputedIndicators indicators;
  private final UpgradeEligibility upgradeRule;

  PreviousRecognitionLookupDelegate(RecognitionCases cases, ComputedIndicators indicators, UpgradeEligibility upgradeRule) {
    this.cases = cases;
    this.indicators = indicators;
    this.upgradeRule = upgradeRule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unitCode = (String) execution.getVariable("unitCode");
    UpgradeFactVariables.write(execution, cases.upgradeFactsToday(unitCode, ((Number) execution.getVariable("evaluationYear")).intValue()), upgradeRule);
    indicators.writeTo(execution.getProcessInstance(), unitCode, ((Number) execution.getVariable("evaluationYear")).intValue());
  }
}
