package vn.learningcommunity.campaign;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.recognition.RecognitionCase;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;

/**
 * The units a campaign starts cases for, in the structure of its evaluation year, as the
 * multi-instance collections of its models ask: {@code ${campaignUnits.districts(execution)}} (three
 * tiers), {@code ${campaignUnits.communes(execution)}} (the communes of the reviewing unit: a district,
 * or after the reform the province).
 * Excluded units are left out; a commune whose case for the year is already open is not started twice.
 */
@Component("campaignUnits")
public class CampaignUnits {

  private final Campaigns campaigns;
  private final UnitDirectory units;
  private final RecognitionCases communeCases;

  CampaignUnits(Campaigns campaigns, UnitDirectory units, RecognitionCases communeCases) {
    this.campaigns = campaigns;
    this.units = units;
    this.communeCases = communeCases;
  }

  @Transactional(readOnly = true)
  public List<String> districts(DelegateExecution execution) {
    Campaign campaign = campaignOf(execution);
    return units.children(campaign.getProvinceCode(), UnitDirectory.structureDayOf(campaign.getEvaluationYear())).stream()
        .map(AdministrativeUnit::getCode)
        .filter(code -> campaign.exclusionOf(code).isEmpty())
        .toList();
  }

  @Transactional(readOnly = true)
  public List<String> communes(DelegateExecution execution) {
    Campaign campaign = campaignOf(execution);
    return units.children((String) execution.getVariable("reviewingUnitCode"),
            UnitDirectory.structureDayOf(campaign.getEvaluationYear())).stream()
        .map(AdministrativeUnit::getCode)
        .filter(code -> campaign.exclusionOf(code).isEmpty())
        .filter(code -> communeCases.find(RecognitionCase.businessKey(code, campaign.getEvaluationYear())).isEmpty())
        .toList();
  }

  private Campaign campaignOf(DelegateExecution execution) {
    String province = (String) execution.getVariable("provinceCode");
    int year = ((Number) execution.getVariable("evaluationYear")).intValue();
    return campaigns.find(province, year)
        .orElseThrow(() -> new IllegalStateException("No campaign " + Campaign.businessKey(province, year)));
  }
}
