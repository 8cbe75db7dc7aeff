package vn.learningcommunity.recognition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.recognition.CommuneCases;

/** "Tra cứu công nhận còn hiệu lực": the commune's standing recognition, for the upgrade rule of the DMN. */
@Component("previousRecognitionLookup")
class PreviousRecognitionLookupDelegate implements JavaDelegate {

  private final CommuneCases cases;

  PreviousRecognitionLookupDelegate(CommuneCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UpgradeFactVariables.write(execution, cases.upgradeFactsToday((String) execution.getVariable("communeCode")));
  }
}
