package vn.learningcommunity.recognition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.identity.CaseVisibility;
import vn.learningcommunity.recognition.ComputedIndicators;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.unit.AdministrativeUnit;

/** "Mở hồ sơ của tỉnh": records the case and gives the forms the shares the system computes. */
@Component("provinceCaseOpening")
class ProvinceCaseOpeningDelegate implements JavaDelegate {

  private final RecognitionCases cases;
  private final ComputedIndicators indicators;
  private final CaseVisibility visibility;

  ProvinceCaseOpeningDelegate(RecognitionCases cases, ComputedIndicators indicators, CaseVisibility visibility) {
    this.cases = cases;
    this.indicators = indicators;
    this.visibility = visibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ((Number) execution.getVariable("evaluationYear")).intValue();
    AdministrativeUnit province = cases.recordProvinceOpening(execution.getProcessBusinessKey(),
        (String) execution.getVariable("provinceCode"), year, execution.getProcessInstanceId());
    execution.setVariable("unitCode", province.getCode());
    execution.setVariable("unitName", province.getName());
    execution.setVariable("overdue", false);
    execution.setVariable("standingRecognition", cases.standingRecognitionText(province.getCode(), UnitLevel.PROVINCE, year));
    visibility.showToCoordinators(execution, province.getCode());
    indicators.writeTo(execution, province.getCode(), year);
  }
}
