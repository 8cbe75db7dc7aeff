package vn.learningcommunity.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.learningcommunity.campaign.CampaignReport;
import vn.learningcommunity.campaign.CampaignReport.Trigger;
import vn.learningcommunity.campaign.CampaignReports;

/** "Báo cáo kết quả cấp xã": input {@code trigger} (DEADLINE or ALL_DECIDED); output {@code pendingCount}. */
@Component("communeResultsReport")
class CommuneResultsReportDelegate implements JavaDelegate {

  private final CampaignReports reports;

  CommuneResultsReportDelegate(CampaignReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignReport report = reports.produceCommuneResults((String) execution.getVariable("provinceCode"),
        ((Number) execution.getVariable("evaluationYear")).intValue(), (String) execution.getVariable("reviewingUnitCode"),
        Trigger.valueOf((String) execution.getVariable("trigger")));
    execution.setVariable("pendingCount", report.pendingCount());
  }
}
