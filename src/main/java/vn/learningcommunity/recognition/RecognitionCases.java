package vn.learningcommunity.recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.deadline.CaseOverdue;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.identity.AsSystem;
import vn.learningcommunity.validation.ConflictException;

/**
 * The commune recognition case: the one place that starts the process, and the record the process
 * keeps of each step in the application's own tables.
 */
@Service
public class RecognitionCases {

  public static final String PROCESS_KEY = "communeRecognition";
  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final RuntimeService runtime;
  private final RecognitionCaseRepository cases;
  private final DossierReturnRepository returns;
  private final RecognitionRegister register;
  private final UnitDirectory units;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public RecognitionCases(RuntimeService runtime, RecognitionCaseRepository cases, DossierReturnRepository returns,
      RecognitionRegister register, UnitDirectory units, IdentityService identity, ApplicationEventPublisher events,
      Clock clock) {
    this.identity = identity;
    this.events = events;
    this.runtime = runtime;
    this.cases = cases;
    this.returns = returns;
    this.register = register;
    this.units = units;
    this.clock = clock;
  }

  /**
   * Opens the case of a commune for an evaluation year. The case is recorded before its process
   * starts, so that the database's uniqueness of (unit, year) refuses a second case even when two
   * coordinators open it at the same moment; the process is started by the application itself,
   * after these checks (officials may not start cases through the engine).
   */
  @Transactional
  public ProcessInstance open(String communeCode, int evaluationYear) {
    AdministrativeUnit commune = units.require(communeCode, UnitLevel.COMMUNE);
    EvaluationYears.requireOpenable(evaluationYear, clock);
    String businessKey = RecognitionCase.businessKey(communeCode, evaluationYear);
    if (cases.findByBusinessKey(businessKey).isPresent()) {
      throw new ConflictException(alreadyOpen(commune, evaluationYear, businessKey));
    }
    recordUnique(new RecognitionCase(businessKey, communeCode, UnitLevel.COMMUNE, evaluationYear, null, Instant.now(clock)),
        commune);
    return AsSystem.call(identity, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey,
        Map.of("communeCode", communeCode, "evaluationYear", evaluationYear)));
  }

  /** Records the case the process has opened and tells it which units it involves. */
  @Transactional
  public CaseUnits recordOpening(String businessKey, String communeCode, int evaluationYear, String processInstanceId) {
    AdministrativeUnit commune = units.require(communeCode, UnitLevel.COMMUNE);
    AdministrativeUnit district = units.ancestor(commune, UnitLevel.DISTRICT).orElseThrow(() ->
        new IllegalStateException("Commune " + communeCode + " has no district; commune cases need a district office"));
    AdministrativeUnit province = units.ancestor(district, UnitLevel.PROVINCE).orElseThrow();
    recordProcessOf(businessKey, commune, evaluationYear, processInstanceId);
    return new CaseUnits(commune.getCode(), commune.getName(), district.getCode(), district.getName(), province.getCode());
  }

  /** Records the district case the process has opened; the units it involves are the district and its province. */
  @Transactional
  public CaseUnits recordDistrictOpening(String businessKey, String districtCode, int evaluationYear, String processInstanceId) {
    AdministrativeUnit district = units.require(districtCode, UnitLevel.DISTRICT);
    AdministrativeUnit province = units.ancestor(district, UnitLevel.PROVINCE).orElseThrow();
    recordProcessOf(businessKey, district, evaluationYear, processInstanceId);
    return new CaseUnits(null, null, district.getCode(), district.getName(), province.getCode());
  }

  /** Records the province case the process has opened. */
  @Transactional
  public AdministrativeUnit recordProvinceOpening(String businessKey, String provinceCode, int evaluationYear,
      String processInstanceId) {
    AdministrativeUnit province = units.require(provinceCode, UnitLevel.PROVINCE);
    recordProcessOf(businessKey, province, evaluationYear, processInstanceId);
    return province;
  }

  /**
   * The case record of a process that has just started: new (a campaign opens it), or the one
   * {@link #open} has made for it. Any other process for the same unit and year is a duplicate and
   * is refused, rolling its start back.
   */
  private void recordProcessOf(String businessKey, AdministrativeUnit unit, int evaluationYear, String processInstanceId) {
    if (!businessKey.equals(RecognitionCase.businessKey(unit.getCode(), evaluationYear))) {
      throw new IllegalStateException("Case " + businessKey + " is not the case of " + unit.getCode() + " for " + evaluationYear);
    }
    Optional<RecognitionCase> recorded = cases.findByBusinessKey(businessKey);
    if (recorded.isEmpty()) {
      recordUnique(new RecognitionCase(businessKey, unit.getCode(), unit.getLevel(), evaluationYear, processInstanceId,
          Instant.now(clock)), unit);
    } else if (recorded.get().getProcessInstanceId() == null) {
      recorded.get().startedAs(processInstanceId);
    } else if (!recorded.get().getProcessInstanceId().equals(processInstanceId)) {
      throw new ConflictException(alreadyOpen(unit, evaluationYear, businessKey));
    }
  }

  /** Inserts a case the caller found missing; the database refuses it when another was opened at the same moment. */
  private void recordUnique(RecognitionCase recognitionCase, AdministrativeUnit unit) {
    try {
      cases.saveAndFlush(recognitionCase);
    } catch (DataIntegrityViolationException openedAtTheSameMoment) {
      throw new ConflictException(alreadyOpen(unit, recognitionCase.getEvaluationYear(), recognitionCase.getBusinessKey()));
    }
  }

  private static String alreadyOpen(AdministrativeUnit unit, int evaluationYear, String businessKey) {
    return unit.getName() + " đã có hồ sơ đánh giá năm " + evaluationYear + " (mã hồ sơ " + businessKey
        + "); mỗi đơn vị chỉ có một hồ sơ cho mỗi năm đánh giá.";
  }

  /**
   * The unit's recognition still valid today, in words for its self-assessment form (a unit already
   * recognised may apply again for an upgrade, or skip the year), or empty.
   */
  @Transactional(readOnly = true)
  public String standingRecognitionText(String unitCode) {
    return register.validOn(unitCode, LocalDate.now(clock))
        .map(r -> "Đơn vị đang được công nhận " + RecognitionLevels.label(r.getLevel()) + " (năm đánh giá " + r.getEvaluationYear()
            + ", quyết định số " + r.getDecisionNumber() + " ngày " + r.getDecisionDate().format(VIETNAMESE_DATE)
            + ", còn hiệu lực đến " + r.getValidUntil().format(VIETNAMESE_DATE) + "). Có thể đề nghị nâng mức hoặc không đề nghị năm nay.")
        .orElse("");
  }

  @Transactional(readOnly = true)
  public UpgradeFacts upgradeFactsToday(String communeCode) {
    return register.upgradeFacts(communeCode, LocalDate.now(clock));
  }

  @Transactional
  public void recordSelfAssessedLevel(String businessKey, int level) {
    require(businessKey).selfAssessed(level);
  }

  /** The chair sends the dossier: from now on the upgrade rule is judged on this day. */
  @Transactional
  public UpgradeFacts submitDossier(String businessKey, int appliedLevel) {
    RecognitionCase recognitionCase = require(businessKey);
    LocalDate today = LocalDate.now(clock);
    recognitionCase.submitDossier(appliedLevel, today);
    return register.upgradeFacts(recognitionCase.getUnitCode(), today);
  }

  @Transactional
  public void returnDossier(String businessKey, String reasons, String returnedBy) {
    RecognitionCase recognitionCase = require(businessKey);
    recognitionCase.returnDossier();
    returns.save(new DossierReturn(recognitionCase.getId(), recognitionCase.getSubmissionRound(), reasons, returnedBy,
        Instant.now(clock)));
  }

  @Transactional
  public void recordEvaluatedLevel(String businessKey, int level) {
    require(businessKey).evaluated(level);
  }

  /** The chair decided not to apply this year, or the commune does not meet Level 1. */
  @Transactional
  public void closeWithoutApplication(String businessKey, String note) {
    RecognitionCase recognitionCase = require(businessKey);
    boolean notMet = recognitionCase.getSelfAssessedLevel() != null && recognitionCase.getSelfAssessedLevel() == 0;
    close(recognitionCase, notMet ? CaseStatus.SELF_ASSESSED_NOT_MET : CaseStatus.NOT_APPLYING, note);
  }

  @Transactional
  public Recognition recognise(String businessKey, int level, String decisionNumber, LocalDate decisionDate) {
    RecognitionCase recognitionCase = require(businessKey);
    Recognition recognition = register.record(recognitionCase, level, decisionNumber, decisionDate, clock);
    close(recognitionCase, CaseStatus.RECOGNISED, "Quyết định số " + decisionNumber);
    return recognition;
  }

  @Transactional
  public void refuse(String businessKey, String reasons) {
    close(require(businessKey), CaseStatus.REFUSED, reasons);
  }

  /** Reports produced while the case was open hear of its result (a line added after the report). */
  private void close(RecognitionCase recognitionCase, CaseStatus status, String note) {
    recognitionCase.close(status, note, Instant.now(clock));
    events.publishEvent(new CaseClosed(recognitionCase.getBusinessKey(), recognitionCase.getUnitCode(),
        recognitionCase.getUnitLevel(), recognitionCase.getEvaluationYear()));
  }

  @EventListener
  @Transactional
  public void onOverdue(CaseOverdue event) {
    cases.findByBusinessKey(event.businessKey()).ifPresent(RecognitionCase::markOverdue);
  }

  @Transactional(readOnly = true)
  public Optional<RecognitionCase> find(String businessKey) {
    return cases.findByBusinessKey(businessKey);
  }

  @Transactional(readOnly = true)
  public RecognitionCase require(String businessKey) {
    return cases.findByBusinessKey(businessKey)
        .orElseThrow(() -> new IllegalStateException("No recognition case " + businessKey));
  }
}
