package vn.learningcommunity.recognition.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.recognition.UpgradeEligibility;
import vn.learningcommunity.recognition.RecognitionLevels;
import vn.learningcommunity.validation.VietnameseDates;

/** "Gửi hồ sơ đề nghị": the dossier is sent today, which fixes the date the upgrade rule is judged on. */
@Component("dossierSubmission")
class DossierSubmissionDelegate implements JavaDelegate {

  private final RecognitionCases cases;
  private final UpgradeEligibility upgradeRule;

  DossierSubmissionDelegate(RecognitionCases cases, UpgradeEligibility upgradeRule) {
    this.cases = cases;
    this.upgradeRule = upgradeRule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int appliedLevel = Integer.parseInt(String.valueOf(execution.getVariable("appliedLevel")));
    String businessKey = execution.getProcessBusinessKey();
    UpgradeFactVariables.write(execution, cases.submitDossier(businessKey, appliedLevel), upgradeRule);
    execution.setVariable("appliedLevel", appliedLevel);
    execution.setVariable("appliedLevelText", RecognitionLevels.label(appliedLevel));
    LocalDate submittedOn = cases.require(businessKey).getDossierSubmittedOn();
    execution.setVariable("dossierSubmittedOn", submittedOn.toString());
    execution.setVariable("dossierSubmittedOnText", submittedOn.format(VietnameseDates.DATE));
  }
}
