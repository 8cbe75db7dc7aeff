package vn.learningcommunity.recognition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.recognition.RecognitionCases;

/** "Ghi nhận không đề nghị": the commune does not apply this year; the case is closed as such. */
@Component("closingWithoutApplication")
class ClosingWithoutApplicationDelegate implements JavaDelegate {

  private final RecognitionCases cases;

  ClosingWithoutApplicationDelegate(RecognitionCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.closeWithoutApplication(execution.getProcessBusinessKey(), (String) execution.getVariable("chairNote"));
  }
}
