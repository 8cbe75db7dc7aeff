package vn.learningcommunity.recognition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.recognition.RecognitionCases;

/** "Tra cứu công nhận còn hiệu lực": the unit's standing recognition (variable {@code unitCode}), for the upgrade rule. */
@Component("previousRecognitionLookup")
class PreviousRecognitionLookupDelegate implements JavaDelegate {

  private final RecognitionCases cases;

  PreviousRecognitionLookupDelegate(RecognitionCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UpgradeFactVariables.write(execution, cases.upgradeFactsToday((String) execution.getVariable("unitCode")));
  }
}
