package vn.learningcommunity.recognition.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.recognition.Recognition;

/** "Ghi sổ và công bố kết quả": enters the decision in the register, which publishes it. */
@Component("recognitionPublication")
class RecognitionPublicationDelegate implements JavaDelegate {

  private final RecognitionCases cases;

  RecognitionPublicationDelegate(RecognitionCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Recognition recognition = cases.recognise(execution.getProcessBusinessKey(),
        Integer.parseInt(String.valueOf(execution.getVariable("recognisedLevel"))),
        ((String) execution.getVariable("decisionNumber")).trim(),
        LocalDate.parse(String.valueOf(execution.getVariable("decisionDate"))));
    execution.setVariable("validUntil", recognition.getValidUntil().toString());
  }
}
