package vn.learningcommunity.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.campaign.CampaignOpening;
import vn.learningcommunity.campaign.Campaigns;
import vn.learningcommunity.identity.CurrentUser;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;

/**
 * "Ghi nhận chiến dịch": a campaign opened from Tasklist's start form is checked and recorded here
 * (a refusal rolls the start back); one opened through the API is recorded already.
 */
@Component("campaignRecording")
class CampaignRecordingDelegate implements JavaDelegate {

  private final Campaigns campaigns;
  private final UnitDirectory units;

  CampaignRecordingDelegate(Campaigns campaigns, UnitDirectory units) {
    this.campaigns = campaigns;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object code = execution.getVariable("provinceCode");
    String provinceCode = code == null ? null : code.toString().trim();
    Number year = (Number) execution.getVariable("evaluationYear");
    boolean openedThroughApi = provinceCode != null && year != null && campaigns.find(provinceCode, year.intValue()).isPresent();
    if (!openedThroughApi) {
      CampaignOpening opening = new CampaignOpening(provinceCode, year == null ? null : year.intValue(), null,
          CampaignOpening.parseExclusions((String) execution.getVariable("exclusions")));
      execution.setProcessBusinessKey(campaigns.recordStarted(opening, CurrentUser.of(execution), execution.getProcessInstanceId()));
    }
    execution.setVariable("provinceCode", provinceCode);
    execution.setVariable("provinceName", units.require(provinceCode, UnitLevel.PROVINCE).getName());
  }
}
