package vn.learningcommunity.recognition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.identity.CurrentUser;
import vn.learningcommunity.recognition.RecognitionCases;

/** "Trả hồ sơ cho xã": records the round and its reasons; the commune sees them on its next self-assessment. */
@Component("dossierReturn")
class DossierReturnDelegate implements JavaDelegate {

  private final RecognitionCases cases;

  DossierReturnDelegate(RecognitionCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.returnDossier(execution.getProcessBusinessKey(), (String) execution.getVariable("returnReasons"),
        CurrentUser.of(execution));
  }
}
