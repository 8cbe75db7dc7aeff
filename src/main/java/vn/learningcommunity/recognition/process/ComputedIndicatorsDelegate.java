package vn.learningcommunity.recognition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.recognition.ComputedIndicators;

/** "Tính tỷ lệ … được công nhận": overwrites the computed indicators, whatever a form may have sent. */
@Component("computedIndicators")
class ComputedIndicatorsDelegate implements JavaDelegate {

  private final ComputedIndicators indicators;

  ComputedIndicatorsDelegate(ComputedIndicators indicators) {
    this.indicators = indicators;
  }

  @Override
  public void execute(DelegateExecution execution) {
    indicators.of((String) execution.getVariable("unitCode"), ((Number) execution.getVariable("evaluationYear")).intValue())
        .forEach((variable, value) -> execution.getProcessInstance().setVariable(variable, value.doubleValue()));
  }
}
