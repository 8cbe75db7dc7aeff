package vn.learningcommunity.campaign;

import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.learningcommunity.web.Spreadsheets;
import vn.learningcommunity.identity.Callers;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.routing.DossierRoute;
import vn.learningcommunity.routing.DossierRoutes;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.validation.NotFoundException;

/**
 * The province coordinator opens the annual campaign and downloads its reports; the officials who
 * handle a reviewing unit's commune dossiers download its commune report.
 */
@RestController
class CampaignController {

  private final Campaigns campaigns;
  private final CampaignReports reports;
  private final UnitDirectory units;
  private final IdentityService identity;
  private final DossierRoutes routes;

  CampaignController(Campaigns campaigns, CampaignReports reports, UnitDirectory units, IdentityService identity,
      DossierRoutes routes) {
    this.routes = routes;
    this.campaigns = campaigns;
    this.reports = reports;
    this.units = units;
    this.identity = identity;
  }

  @PostMapping("/api/campaigns")
  ResponseEntity<OpenedCampaign> open(@RequestBody CampaignOpening opening) {
    requireCoordinator(opening.provinceCode());
    OpenedCampaign opened = campaigns.open(opening, identity.getCurrentAuthentication().getUserId());
    return ResponseEntity.created(URI.create("/api/campaigns/" + opened.businessKey() + "/reports")).body(opened);
  }

  @GetMapping("/api/campaigns/{provinceCode}-{year}/reports")
  List<ReportSummary> reports(@PathVariable String provinceCode, @PathVariable int year) {
    requireCoordinator(provinceCode);
    requireCampaign(provinceCode, year);
    return reports.reportsOf(provinceCode, year).stream().map(report -> summary(report, provinceCode, year)).toList();
  }

  @GetMapping("/api/campaigns/{provinceCode}-{year}/reports/{id}.xlsx")
  ResponseEntity<byte[]> download(@PathVariable String provinceCode, @PathVariable int year, @PathVariable Long id) {
    requireCampaign(provinceCode, year);
    CampaignReport report = reports.report(id)
        .filter(r -> reports.reportsOf(provinceCode, year).stream().anyMatch(own -> own.getId().equals(r.getId())))
        .orElseThrow(() -> new NotFoundException(
            "Chiến dịch " + provinceCode + "-" + year + " không có báo cáo số " + id + "."));
    requireAny(provinceCode, year, report.getKind() == ReportKind.DISTRICT_COMMUNE_RESULTS ? report.getUnitCode() : null);
    String fileName = "bao-cao-" + report.getKind().name().toLowerCase().replace('_', '-') + "-" + report.getUnitCode()
        + "-" + year + ".xlsx";
    return ResponseEntity.ok()
        .contentType(Spreadsheets.XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(ReportWorkbook.write(report, unitName(report.getUnitCode(), year), year));
  }

  private ReportSummary summary(CampaignReport report, String provinceCode, int year) {
    CampaignReport withLines = reports.report(report.getId()).orElseThrow();
    return new ReportSummary(report.getId(), report.getKind(), report.getKind().title(), report.getUnitCode(),
        unitName(report.getUnitCode(), year), report.getProducedBy(), report.getProducedAt(), withLines.getLines().size(),
        withLines.pendingCount(), withLines.laterResultCount(), "/api/campaigns/" + provinceCode + "-" + year + "/reports/" + report.getId() + ".xlsx");
  }

  private void requireCampaign(String provinceCode, int year) {
    if (campaigns.find(provinceCode, year).isEmpty()) {
      throw new NotFoundException("Chưa có chiến dịch năm " + year + " của " + unitName(provinceCode, year) + ".");
    }
  }

  private String unitName(String code, int year) {
    return units.find(code, UnitDirectory.structureDayOf(year)).map(AdministrativeUnit::getName).orElse(code);
  }

  private void requireCoordinator(String provinceCode) {
    requireAny(provinceCode, null, null);
  }

  /**
   * Province coordinators and administrators; for a commune report also the officials who verify and
   * decide the dossiers of its reviewing unit (a district's office, or after the reform the Department).
   */
  private void requireAny(String provinceCode, Integer year, String reviewingUnitCode) {
    DossierRoute route = reviewingUnitCode == null ? null : routes.of(provinceCode, year);
    Callers.requireOneOf(identity.getCurrentAuthentication(), "Bạn không có quyền với chiến dịch hoặc báo cáo này.",
        Callers.groupOf(UnitRole.PROVINCE_COORDINATOR, provinceCode),
        route == null ? null : Callers.groupOf(route.verifier(), reviewingUnitCode),
        route == null ? null : Callers.groupOf(route.decider(), reviewingUnitCode));
  }
}
