package vn.learningcommunity.recognition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.identity.CaseVisibility;
import vn.learningcommunity.recognition.CaseUnits;
import vn.learningcommunity.recognition.ComputedIndicators;
import vn.learningcommunity.recognition.RecognitionCases;

/** "Mở hồ sơ của huyện": records the case, gives the process the units it routes tasks to and the computed indicators. */
@Component("districtCaseOpening")
class DistrictCaseOpeningDelegate implements JavaDelegate {

  private final RecognitionCases cases;
  private final ComputedIndicators indicators;
  private final CaseVisibility visibility;

  DistrictCaseOpeningDelegate(RecognitionCases cases, ComputedIndicators indicators, CaseVisibility visibility) {
    this.cases = cases;
    this.indicators = indicators;
    this.visibility = visibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseUnits units = cases.recordDistrictOpening(execution.getProcessBusinessKey(), (String) execution.getVariable("districtCode"),
        ((Number) execution.getVariable("evaluationYear")).intValue(), execution.getProcessInstanceId());
    execution.setVariable("unitCode", units.districtCode());
    execution.setVariable("unitName", units.districtName());
    execution.setVariable("districtName", units.districtName());
    execution.setVariable("provinceCode", units.provinceCode());
    execution.setVariable("overdue", false);
    execution.setVariable("standingRecognition", cases.standingRecognitionText(units.districtCode(), UnitLevel.DISTRICT,
        ((Number) execution.getVariable("evaluationYear")).intValue()));
    visibility.showToCoordinators(execution, units.provinceCode());
    // shown on the self-assessment form; computed again once the assessment is submitted
    indicators.writeTo(execution, units.districtCode(), ((Number) execution.getVariable("evaluationYear")).intValue());
  }
}
