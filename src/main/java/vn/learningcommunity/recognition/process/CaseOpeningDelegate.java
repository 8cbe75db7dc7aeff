package vn.learningcommunity.recognition.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.identity.CaseVisibility;
import vn.learningcommunity.recognition.CaseUnits;
import vn.learningcommunity.recognition.RecognitionCases;

/** "Mở hồ sơ của xã": records the case and gives the process the units and the route of its dossier. */
@Component("caseOpening")
class CaseOpeningDelegate implements JavaDelegate {

  private final RecognitionCases cases;
  private final CaseVisibility visibility;

  CaseOpeningDelegate(RecognitionCases cases, CaseVisibility visibility) {
    this.cases = cases;
    this.visibility = visibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseUnits units = cases.recordOpening(execution.getProcessBusinessKey(), (String) execution.getVariable("communeCode"),
        ((Number) execution.getVariable("evaluationYear")).intValue(), execution.getProcessInstanceId());
    execution.setVariable("unitCode", units.communeCode());
    execution.setVariable("unitName", units.communeName() + " (" + units.parentName() + ")");
    execution.setVariable("communeName", units.communeName());
    execution.setVariable("districtCode", units.districtCode());
    execution.setVariable("districtName", units.districtName());
    execution.setVariable("provinceCode", units.provinceCode());
    execution.setVariable("reviewingUnitCode", units.reviewingUnitCode());
    execution.setVariable("reviewingUnitName", units.reviewingUnitName());
    units.route().writeTo(execution);
    execution.setVariable("overdue", false);
    execution.setVariable("standingRecognition", cases.standingRecognitionText(units.communeCode(), UnitLevel.COMMUNE,
        ((Number) execution.getVariable("evaluationYear")).intValue()));
    visibility.showToCoordinators(execution, units.provinceCode());
  }
}
