package vn.learningcommunity.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.campaign.CampaignOpening;
import vn.learningcommunity.campaign.Campaigns;
import vn.learningcommunity.identity.CaseVisibility;
import vn.learningcommunity.identity.Callers;
import vn.learningcommunity.identity.CurrentUser;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.routing.DossierRoutes;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.validation.RejectedInputException;

/**
 * "Ghi nhận chiến dịch": a campaign opened from Tasklist's start form is checked and recorded here
 * — only by a coordinator of that province, once per province and year (a refusal rolls the start
 * back); one opened through the API is recorded already. The campaign learns the route of its
 * province's dossiers: whether district cases exist, and who decides the communes.
 */
@Component("campaignRecording")
class CampaignRecordingDelegate implements JavaDelegate {

  private final Campaigns campaigns;
  private final UnitDirectory units;
  private final CaseVisibility visibility;
  private final DossierRoutes routes;

  CampaignRecordingDelegate(Campaigns campaigns, UnitDirectory units, CaseVisibility visibility, DossierRoutes routes) {
    this.routes = routes;
    this.campaigns = campaigns;
    this.units = units;
    this.visibility = visibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object code = execution.getVariable("provinceCode");
    String provinceCode = code == null ? null : code.toString().trim();
    Number year = (Number) execution.getVariable("evaluationYear");
    if (provinceCode == null || year == null) {
      throw new RejectedInputException("Cần nhập mã tỉnh và năm đánh giá.");
    }
    String provinceName = units.require(provinceCode, UnitLevel.PROVINCE, UnitDirectory.structureDayOf(year.intValue())).getName();
    if (!campaigns.isBeingOpenedAs(provinceCode, year.intValue(), execution.getProcessBusinessKey())) {
      Callers.requireOneOf(CurrentUser.authentication(execution),
          "Chỉ điều phối viên của tỉnh mới được mở chiến dịch của tỉnh mình.",
          Callers.groupOf(UnitRole.PROVINCE_COORDINATOR, provinceCode));
      CampaignOpening opening = new CampaignOpening(provinceCode, year.intValue(), null,
          CampaignOpening.parseExclusions((String) execution.getVariable("exclusions")));
      execution.setProcessBusinessKey(campaigns.recordStarted(opening, CurrentUser.of(execution), execution.getProcessInstanceId()));
    }
    execution.setVariable("provinceCode", provinceCode);
    execution.setVariable("provinceName", provinceName);
    routes.of(provinceCode, year.intValue()).writeTo(execution);
    visibility.showToCoordinators(execution, provinceCode);
  }
}
