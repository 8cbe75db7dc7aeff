package vn.learningcommunity.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.campaign.CampaignReport;
import vn.learningcommunity.campaign.CampaignReport.Trigger;
import vn.learningcommunity.campaign.CampaignReports;

/** "Báo cáo UBND tỉnh": input {@code trigger} (DEADLINE or ALL_DECIDED); output {@code pendingCount}. */
@Component("districtResultsReport")
class DistrictResultsReportDelegate implements JavaDelegate {

  private final CampaignReports reports;

  DistrictResultsReportDelegate(CampaignReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignReport report = reports.produceDistrictResults((String) execution.getVariable("provinceCode"),
        ((Number) execution.getVariable("evaluationYear")).intValue(), Trigger.valueOf((String) execution.getVariable("trigger")));
    execution.setVariable("pendingCount", report.pendingCount());
  }
}
