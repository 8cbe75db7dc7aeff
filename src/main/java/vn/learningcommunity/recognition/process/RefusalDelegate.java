package vn.learningcommunity.recognition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.recognition.RecognitionCases;

/** "Ghi nhận không công nhận": closes the case with the Head's reasons. */
@Component("refusalRecording")
class RefusalDelegate implements JavaDelegate {

  private final RecognitionCases cases;

  RefusalDelegate(RecognitionCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.refuse(execution.getProcessBusinessKey(), (String) execution.getVariable("refusalReasons"));
  }
}
