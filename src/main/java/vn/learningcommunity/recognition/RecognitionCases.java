package vn.learningcommunity.recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.deadline.CaseOverdue;
import vn.learningcommunity.routing.DossierRoute;
import vn.learningcommunity.routing.DossierRoutes;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.GovernmentStructure;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.unit.UnitSuccession;
import vn.learningcommunity.identity.AsSystem;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.validation.ConflictException;
import vn.learningcommunity.validation.RejectedInputException;
import vn.learningcommunity.validation.VietnameseDates;

/**
 * The commune recognition case: the one place that starts the process, and the record the process
 * keeps of each step in the application's own tables.
 */
@Service
public class RecognitionCases {

  public static final String PROCESS_KEY = "communeRecognition";
  private static final String MAY_APPLY_AGAIN = "Có thể đề nghị nâng mức hoặc không đề nghị năm nay.";

  private final RuntimeService runtime;
  private final RecognitionCaseRepository cases;
  private final DossierReturnRepository returns;
  private final RecognitionRegister register;
  private final UnitDirectory units;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;
  private final DossierRoutes routes;
  private final Clock clock;

  public RecognitionCases(RuntimeService runtime, RecognitionCaseRepository cases, DossierReturnRepository returns,
      RecognitionRegister register, UnitDirectory units, IdentityService identity, ApplicationEventPublisher events,
      DossierRoutes routes, Clock clock) {
    this.routes = routes;
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
    EvaluationYears.requireOpenable(evaluationYear, clock);
    AdministrativeUnit commune = units.require(communeCode, UnitLevel.COMMUNE, UnitDirectory.structureDayOf(evaluationYear));
    String businessKey = RecognitionCase.businessKey(communeCode, evaluationYear);
    if (cases.findByBusinessKey(businessKey).isPresent()) {
      throw new ConflictException(alreadyOpen(commune, evaluationYear, businessKey));
    }
    recordUnique(new RecognitionCase(businessKey, communeCode, UnitLevel.COMMUNE, evaluationYear, null, Instant.now(clock)),
        commune);
    return AsSystem.call(identity, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey,
        Map.of("communeCode", communeCode, "evaluationYear", evaluationYear)));
  }

  /**
   * Records the case the process has opened and tells it which units it involves, as they are in the
   * structure of the evaluation year, and the route its dossier takes.
   */
  @Transactional
  public CaseUnits recordOpening(String businessKey, String communeCode, int evaluationYear, String processInstanceId) {
    AdministrativeUnit commune = units.require(communeCode, UnitLevel.COMMUNE, UnitDirectory.structureDayOf(evaluationYear));
    Optional<AdministrativeUnit> district = units.ancestor(commune, UnitLevel.DISTRICT);
    AdministrativeUnit province = units.ancestor(commune, UnitLevel.PROVINCE).orElseThrow();
    DossierRoute route = routes.of(province.getCode(), evaluationYear);
    AdministrativeUnit reviewingUnit = reviewingUnit(route, district, province);
    recordProcessOf(businessKey, commune, evaluationYear, processInstanceId)
        .decidedBy(new DecidingAuthority(route.decider(), reviewingUnit.getCode()));
    return new CaseUnits(commune.getCode(), commune.getName(), district.map(AdministrativeUnit::getCode).orElse(null),
        district.map(AdministrativeUnit::getName).orElse(null), province.getCode(), province.getName(),
        reviewingUnit.getCode(), reviewingUnit.getName(), route);
  }

  /**
   * Records the district case the process has opened; the units it involves are the district and its
   * province. Districts have cases only in the years of three tiers.
   */
  @Transactional
  public CaseUnits recordDistrictOpening(String businessKey, String districtCode, int evaluationYear, String processInstanceId) {
    if (GovernmentStructure.of(evaluationYear) != GovernmentStructure.THREE_TIER) {
      throw new RejectedInputException(UnitDirectory.DISTRICTS_ABOLISHED + ": năm đánh giá " + evaluationYear
          + " không có hồ sơ cấp huyện.");
    }
    AdministrativeUnit district = units.require(districtCode, UnitLevel.DISTRICT, UnitDirectory.structureDayOf(evaluationYear));
    AdministrativeUnit province = units.ancestor(district, UnitLevel.PROVINCE).orElseThrow();
    recordProcessOf(businessKey, district, evaluationYear, processInstanceId)
        .decidedBy(deciderOfOwnCase(UnitLevel.DISTRICT, province));
    return new CaseUnits(null, null, district.getCode(), district.getName(), province.getCode(), province.getName(),
        province.getCode(), province.getName(), null);
  }

  /** Records the province case the process has opened. */
  @Transactional
  public AdministrativeUnit recordProvinceOpening(String businessKey, String provinceCode, int evaluationYear,
      String processInstanceId) {
    AdministrativeUnit province = units.require(provinceCode, UnitLevel.PROVINCE, UnitDirectory.structureDayOf(evaluationYear));
    recordProcessOf(businessKey, province, evaluationYear, processInstanceId)
        .decidedBy(deciderOfOwnCase(UnitLevel.PROVINCE, province));
    return province;
  }

  /**
   * The case record of a process that has just started: new (a campaign opens it), or the one
   * {@link #open} has made for it. Any other process for the same unit and year is a duplicate and
   * is refused, rolling its start back.
   */
  private RecognitionCase recordProcessOf(String businessKey, AdministrativeUnit unit, int evaluationYear,
      String processInstanceId) {
    if (!businessKey.equals(RecognitionCase.businessKey(unit.getCode(), evaluationYear))) {
      throw new IllegalStateException("Case " + businessKey + " is not the case of " + unit.getCode() + " for " + evaluationYear);
    }
    Optional<RecognitionCase> recorded = cases.findByBusinessKey(businessKey);
    if (recorded.isEmpty()) {
      return recordUnique(new RecognitionCase(businessKey, unit.getCode(), unit.getLevel(), evaluationYear, processInstanceId,
          Instant.now(clock)), unit);
    } else if (recorded.get().getProcessInstanceId() == null) {
      recorded.get().startedAs(processInstanceId);
    } else if (!recorded.get().getProcessInstanceId().equals(processInstanceId)) {
      throw new ConflictException(alreadyOpen(unit, evaluationYear, businessKey));
    }
    return recorded.get();
  }

  /**
   * Who decided a recognition: as its case recorded when it opened, or for a case opened before
   * that was recorded (or a decision entered without a case), the decider of the route of its
   * province in its year.
   */
  @Transactional(readOnly = true)
  public DecidingAuthority decidingAuthority(Recognition recognition) {
    return cases.findByBusinessKey(recognition.getCaseBusinessKey()).flatMap(RecognitionCase::getDecidingAuthority)
        .orElseGet(() -> routeDecider(recognition.getUnitCode(), recognition.getUnitLevel(), recognition.getEvaluationYear()));
  }

  private DecidingAuthority routeDecider(String unitCode, UnitLevel level, int evaluationYear) {
    LocalDate day = UnitDirectory.structureDayOf(evaluationYear);
    AdministrativeUnit unit = units.require(unitCode, level, day);
    AdministrativeUnit province = level == UnitLevel.PROVINCE ? unit : units.ancestor(unit, UnitLevel.PROVINCE).orElseThrow();
    if (level != UnitLevel.COMMUNE) {
      return deciderOfOwnCase(level, province);
    }
    DossierRoute route = routes.of(province.getCode(), evaluationYear);
    return new DecidingAuthority(route.decider(),
        reviewingUnit(route, units.ancestor(unit, UnitLevel.DISTRICT), province).getCode());
  }

  /** A district's own case is decided by the Director of its province's Department, a province's by the Minister. */
  private static DecidingAuthority deciderOfOwnCase(UnitLevel level, AdministrativeUnit province) {
    return level == UnitLevel.PROVINCE ? new DecidingAuthority(UnitRole.MINISTER, null)
        : new DecidingAuthority(UnitRole.DEPARTMENT_DIRECTOR, province.getCode());
  }

  private static AdministrativeUnit reviewingUnit(DossierRoute route, Optional<AdministrativeUnit> district,
      AdministrativeUnit province) {
    if (route.reviewingLevel() == UnitLevel.PROVINCE) {
      return province;
    }
    return district.orElseThrow(() -> new IllegalStateException("The route needs a district office; the commune has no district"));
  }

  /** Inserts a case the caller found missing; the database refuses it when another was opened at the same moment. */
  private RecognitionCase recordUnique(RecognitionCase recognitionCase, AdministrativeUnit unit) {
    try {
      return cases.saveAndFlush(recognitionCase);
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
   * recognised may apply again for an upgrade, or skip the year), or empty. A commune or province
   * formed on 1 July 2025 is told what the units it was formed of held, and what it inherits.
   */
  @Transactional(readOnly = true)
  public String standingRecognitionText(String unitCode, UnitLevel level, int evaluationYear) {
    LocalDate today = LocalDate.now(clock);
    Optional<String> own = register.validOn(unitCode, evaluationYear, today)
        .map(r -> "Đơn vị đang được công nhận " + RecognitionLevels.label(r.getLevel()) + " (năm đánh giá " + r.getEvaluationYear()
            + ", quyết định số " + r.getDecisionNumber() + " ngày " + r.getDecisionDate().format(VietnameseDates.DATE)
            + ", còn hiệu lực đến " + r.getValidUntil().format(VietnameseDates.DATE) + "). " + MAY_APPLY_AGAIN);
    if (own.isPresent() || GovernmentStructure.of(evaluationYear) == GovernmentStructure.THREE_TIER) {
      return own.orElse("");
    }
    List<MergerInheritance.PredecessorStanding> predecessors = register.predecessors(unitCode, level, today.getYear());
    if (predecessors.isEmpty()) {
      return "";
    }
    String held = predecessors.stream().map(p -> p.line().getOldName()
        + (p.line().getKind() == UnitSuccession.Kind.PARTIAL ? " (một phần)" : "") + ": "
        + p.recognition().map(r -> RecognitionLevels.label(r.getLevel()) + ", quyết định số " + r.getDecisionNumber()
            + " ngày " + r.getDecisionDate().format(VietnameseDates.DATE) + ", còn hiệu lực đến "
            + r.getValidUntil().format(VietnameseDates.DATE)).orElse("chưa được công nhận hoặc đã hết hiệu lực"))
        .collect(Collectors.joining("; "));
    String inherited = register.inheritedOn(unitCode, level, evaluationYear, today)
        .map(i -> "Theo quy tắc kế thừa (tạm tính), đơn vị được coi là đạt " + RecognitionLevels.label(i.level())
            + " đến " + i.validUntil().format(VietnameseDates.DATE) + ". " + MAY_APPLY_AGAIN)
        .orElse("Theo quy tắc kế thừa (tạm tính), đơn vị chưa kế thừa công nhận nào.");
    return "Trước 01/07/2025, các đơn vị hợp thành đơn vị này: " + held + ". " + inherited;
  }

  @Transactional(readOnly = true)
  public UpgradeFacts upgradeFactsToday(String unitCode, int evaluationYear) {
    UnitLevel level = units.find(unitCode, UnitDirectory.structureDayOf(evaluationYear)).orElseThrow().getLevel();
    return register.upgradeFacts(unitCode, level, evaluationYear, LocalDate.now(clock));
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
    events.publishEvent(new DossierSubmitted(businessKey, recognitionCase.getSubmissionRound()));
    return register.upgradeFacts(recognitionCase.getUnitCode(), recognitionCase.getUnitLevel(),
        recognitionCase.getEvaluationYear(), today);
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
