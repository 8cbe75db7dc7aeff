package vn.learningcommunity.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.campaign.CampaignReport.Trigger;
import vn.learningcommunity.recognition.CaseClosed;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.recognition.Recognition;
import vn.learningcommunity.recognition.RecognitionCase;
import vn.learningcommunity.recognition.RecognitionRepository;
import vn.learningcommunity.tasklist.TaskTitles;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;

/**
 * Produces the plan's reports from the cases as they stand: every unit is listed, those not yet
 * decided as pending with the step they are at. A report is produced once per unit and campaign.
 */
@Service
public class CampaignReports {

  private final Campaigns campaigns;
  private final CampaignReportRepository reports;
  private final UnitDirectory units;
  private final RecognitionCases communeCases;
  private final RecognitionRepository recognitions;
  private final TaskService tasks;
  private final Clock clock;

  public CampaignReports(Campaigns campaigns, CampaignReportRepository reports, UnitDirectory units,
      RecognitionCases communeCases, RecognitionRepository recognitions, TaskService tasks, Clock clock) {
    this.campaigns = campaigns;
    this.reports = reports;
    this.units = units;
    this.communeCases = communeCases;
    this.recognitions = recognitions;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean isProduced(ReportKind kind, String provinceCode, int evaluationYear, String unitCode) {
    return reports.existsByCampaignIdAndKindAndUnitCode(campaign(provinceCode, evaluationYear).getId(), kind, unitCode);
  }

  /**
   * The report of the commune results of a reviewing unit (a district; after the reform the province
   * itself, whose one commune report replaces the districts' reports); returns it, or the one already produced.
   */
  @Transactional
  public CampaignReport produceCommuneResults(String provinceCode, int evaluationYear, String reviewingUnitCode,
      Trigger trigger) {
    Campaign campaign = campaign(provinceCode, evaluationYear);
    return existing(campaign, ReportKind.DISTRICT_COMMUNE_RESULTS, reviewingUnitCode).orElseGet(() -> {
      CampaignReport report = new CampaignReport(campaign.getId(), ReportKind.DISTRICT_COMMUNE_RESULTS, reviewingUnitCode,
          trigger, Instant.now(clock));
      communeLines(campaign, reviewingUnitCode).forEach(report::add);
      return reports.save(report);
    });
  }

  /** The Department's report of district results to the Provincial People's Committee. */
  @Transactional
  public CampaignReport produceDistrictResults(String provinceCode, int evaluationYear, Trigger trigger) {
    Campaign campaign = campaign(provinceCode, evaluationYear);
    return existing(campaign, ReportKind.DEPARTMENT_DISTRICT_RESULTS, provinceCode).orElseGet(() -> {
      CampaignReport report = new CampaignReport(campaign.getId(), ReportKind.DEPARTMENT_DISTRICT_RESULTS, provinceCode,
          trigger, Instant.now(clock));
      int position = 1;
      for (AdministrativeUnit district : units.children(provinceCode, structureDayOf(campaign))) {
        report.add(districtLine(campaign, district, position++));
      }
      return reports.save(report);
    });
  }

  /**
   * A commune or district decided after its report was made: its result is added to that report as
   * a later line (the commune report of its district, or after the reform of its province, for a
   * commune; the Department's report for a district).
   */
  @EventListener
  @Transactional
  public void onCaseClosed(CaseClosed closed) {
    LocalDate day = UnitDirectory.structureDayOf(closed.evaluationYear());
    AdministrativeUnit unit = units.find(closed.unitCode(), day).orElse(null);
    if (unit == null || unit.getParentCode() == null) {
      return;
    }
    if (unit.getLevel() == UnitLevel.COMMUNE) {
      units.find(unit.getParentCode(), day).ifPresent(parent -> campaigns.find(
              parent.getLevel() == UnitLevel.PROVINCE ? parent.getCode() : parent.getParentCode(), closed.evaluationYear())
          .flatMap(campaign -> existing(campaign, ReportKind.DISTRICT_COMMUNE_RESULTS, parent.getCode())
              .map(report -> report.addLater(communeLine(campaign, unit, 0), Instant.now(clock)))));
    } else if (unit.getLevel() == UnitLevel.DISTRICT) {
      campaigns.find(unit.getParentCode(), closed.evaluationYear())
          .flatMap(campaign -> existing(campaign, ReportKind.DEPARTMENT_DISTRICT_RESULTS, unit.getParentCode())
              .map(report -> report.addLater(districtLine(campaign, unit, 0), Instant.now(clock))));
    }
  }

  @Transactional(readOnly = true)
  public Optional<CampaignReport> report(Long id) {
    return reports.findWithLinesById(id);
  }

  @Transactional(readOnly = true)
  public List<CampaignReport> reportsOf(String provinceCode, int evaluationYear) {
    return reports.findByCampaignIdOrderById(campaign(provinceCode, evaluationYear).getId());
  }

  private Optional<CampaignReport> existing(Campaign campaign, ReportKind kind, String unitCode) {
    return reports.findByCampaignIdOrderById(campaign.getId()).stream()
        .filter(r -> r.getKind() == kind && r.getUnitCode().equals(unitCode))
        .findFirst();
  }

  private List<CampaignReportLine> communeLines(Campaign campaign, String parentCode) {
    List<CampaignReportLine> lines = new ArrayList<>();
    Optional<String> districtExcluded = campaign.exclusionOf(parentCode).map(CampaignExclusion::getReason);
    int position = 1;
    for (AdministrativeUnit commune : units.children(parentCode, structureDayOf(campaign))) {
      Optional<String> excluded = campaign.exclusionOf(commune.getCode()).map(CampaignExclusion::getReason).or(() -> districtExcluded);
      lines.add(excluded.isPresent()
          ? new CampaignReportLine(position++, commune.getCode(), commune.getName(), ReportLineStatus.EXCLUDED, null, null, null,
              excluded.get())
          : communeLine(campaign, commune, position++));
    }
    return lines;
  }

  private CampaignReportLine communeLine(Campaign campaign, AdministrativeUnit commune, int position) {
    Optional<RecognitionCase> found = communeCases.find(RecognitionCase.businessKey(commune.getCode(), campaign.getEvaluationYear()));
    if (found.isEmpty()) {
      return new CampaignReportLine(position, commune.getCode(), commune.getName(), ReportLineStatus.NOT_OPENED, null, null,
          null, null);
    }
    RecognitionCase recognitionCase = found.get();
    return switch (recognitionCase.getStatus()) {
      case RECOGNISED -> {
        Recognition recognition = recognitions.findByUnitCodeAndEvaluationYear(commune.getCode(), campaign.getEvaluationYear())
            .orElseThrow();
        yield new CampaignReportLine(position, commune.getCode(), commune.getName(), ReportLineStatus.RECOGNISED,
            recognition.getLevel(), recognition.getDecisionNumber(), recognition.getDecisionDate(), null);
      }
      case REFUSED -> closed(position, commune, ReportLineStatus.REFUSED, recognitionCase);
      case NOT_APPLYING -> closed(position, commune, ReportLineStatus.NOT_APPLYING, recognitionCase);
      case SELF_ASSESSED_NOT_MET -> closed(position, commune, ReportLineStatus.SELF_ASSESSED_NOT_MET, recognitionCase);
      default -> new CampaignReportLine(position, commune.getCode(), commune.getName(), ReportLineStatus.PENDING, null, null,
          null, currentStep(recognitionCase));
    };
  }

  private static CampaignReportLine closed(int position, AdministrativeUnit commune, ReportLineStatus status,
      RecognitionCase recognitionCase) {
    return new CampaignReportLine(position, commune.getCode(), commune.getName(), status, null, null, null,
        recognitionCase.getClosingNote());
  }

  private String currentStep(RecognitionCase recognitionCase) {
    List<String> steps = tasks.createTaskQuery().processInstanceId(recognitionCase.getProcessInstanceId()).list().stream()
        .map(task -> TaskTitles.stepOf(task.getName())).toList();
    String overdue = recognitionCase.isOverdue() ? " (quá hạn)" : "";
    return steps.isEmpty() ? "Đang xử lý" + overdue : "Đang ở bước: " + String.join(", ", steps) + overdue;
  }

  private CampaignReportLine districtLine(Campaign campaign, AdministrativeUnit district, int position) {
    Optional<String> excluded = campaign.exclusionOf(district.getCode()).map(CampaignExclusion::getReason);
    if (excluded.isPresent()) {
      return new CampaignReportLine(position, district.getCode(), district.getName(), ReportLineStatus.EXCLUDED, null, null,
          null, excluded.get());
    }
    List<CampaignReportLine> communes = communeLines(campaign, district.getCode());
    long recognised = communes.stream().filter(l -> l.getStatus() == ReportLineStatus.RECOGNISED).count();
    long level2 = communes.stream().filter(l -> l.getLevel() != null && l.getLevel() == 2).count();
    long pending = communes.stream().filter(l -> l.getStatus().isPending()).count();
    String summary = "Cấp xã: " + recognised + "/" + communes.size() + " xã được công nhận (mức độ 2: " + level2 + ")"
        + (pending > 0 ? ", " + pending + " xã chưa hoàn thành" : "");
    Optional<RecognitionCase> districtCase = communeCases.find(RecognitionCase.businessKey(district.getCode(),
        campaign.getEvaluationYear()));
    ReportLineStatus closedAs = districtCase.map(c -> switch (c.getStatus()) {
      case REFUSED -> ReportLineStatus.REFUSED;
      case NOT_APPLYING -> ReportLineStatus.NOT_APPLYING;
      case SELF_ASSESSED_NOT_MET -> ReportLineStatus.SELF_ASSESSED_NOT_MET;
      default -> null;
    }).orElse(null);
    return recognitions.findByUnitCodeAndEvaluationYear(district.getCode(), campaign.getEvaluationYear())
        .map(r -> new CampaignReportLine(position, district.getCode(), district.getName(), ReportLineStatus.RECOGNISED,
            r.getLevel(), r.getDecisionNumber(), r.getDecisionDate(), summary))
        .orElseGet(() -> closedAs != null
            ? new CampaignReportLine(position, district.getCode(), district.getName(), closedAs, null, null, null,
                districtCase.get().getClosingNote() + ". " + summary)
            : new CampaignReportLine(position, district.getCode(), district.getName(), ReportLineStatus.PENDING,
                null, null, null, "Chưa có quyết định công nhận cấp huyện. " + summary));
  }

  private Campaign campaign(String provinceCode, int evaluationYear) {
    return campaigns.find(provinceCode, evaluationYear)
        .orElseThrow(() -> new IllegalStateException("No campaign " + Campaign.businessKey(provinceCode, evaluationYear)));
  }

  private static LocalDate structureDayOf(Campaign campaign) {
    return UnitDirectory.structureDayOf(campaign.getEvaluationYear());
  }
}
