package vn.learningcommunity.recognition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.GovernmentStructure;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;
import vn.learningcommunity.unit.UnitSuccession;
import vn.learningcommunity.validation.RejectedInputException;

/** The register of recognition decisions: what is valid when, and what is published. */
@Service
public class RecognitionRegister {

  private final RecognitionRepository recognitions;
  private final UnitDirectory units;
  private final RecognitionProperties properties;
  private final MergerInheritance inheritance;

  public RecognitionRegister(RecognitionRepository recognitions, UnitDirectory units, RecognitionProperties properties,
      MergerInheritance inheritance) {
    this.recognitions = recognitions;
    this.units = units;
    this.properties = properties;
    this.inheritance = inheritance;
  }

  /**
   * The latest decision of the unit in force on the given day, among the decisions of the structure
   * of the evaluation year (a commune of the two-tier list may carry the code of an old commune, whose
   * decisions are not its own); a later decision replaces an earlier one.
   */
  @Transactional(readOnly = true)
  public Optional<Recognition> validOn(String unitCode, int evaluationYear, LocalDate day) {
    GovernmentStructure structure = GovernmentStructure.of(evaluationYear);
    return recognitions.findByUnitCodeOrderByDecisionDateDesc(unitCode).stream()
        .filter(r -> GovernmentStructure.of(r.getEvaluationYear()) == structure)
        .filter(r -> !r.getDecisionDate().isAfter(day))
        .max(Comparator.comparing(Recognition::getDecisionDate))
        .filter(r -> !r.getValidUntil().isBefore(day));
  }

  /**
   * What the upgrade rule judges a dossier on: the unit's own decision in force, or after the reform
   * what it inherits from the units it was formed of (months counted from their latest decision).
   */
  @Transactional(readOnly = true)
  public UpgradeFacts upgradeFacts(String unitCode, UnitLevel level, int evaluationYear, LocalDate dossierDate) {
    return validOn(unitCode, evaluationYear, dossierDate)
        .map(r -> new UpgradeFacts(r.getLevel(), CalendarMonths.completed(r.getDecisionDate(), dossierDate)))
        .or(() -> inheritedOn(unitCode, level, evaluationYear, dossierDate)
            .map(i -> new UpgradeFacts(i.level(), CalendarMonths.completed(i.latestDecisionDate(), dossierDate))))
        .orElse(UpgradeFacts.NONE);
  }

  /** After the reform, what a unit without a decision of its own inherits, if still valid on the day. */
  @Transactional(readOnly = true)
  public Optional<MergerInheritance.Inherited> inheritedOn(String unitCode, UnitLevel level, int evaluationYear,
      LocalDate day) {
    if (GovernmentStructure.of(evaluationYear) == GovernmentStructure.THREE_TIER) {
      return Optional.empty();
    }
    return inheritance.inherited(unitCode, level, day.getYear()).filter(i -> !i.validUntil().isBefore(day));
  }

  /** The predecessors of a unit of the two-tier list, with the recognition each held in the year. */
  @Transactional(readOnly = true)
  public List<MergerInheritance.PredecessorStanding> predecessors(String unitCode, UnitLevel level, int year) {
    return inheritance.predecessors(unitCode, level, year);
  }

  @Transactional(readOnly = true)
  public Optional<Recognition> find(String unitCode, int evaluationYear) {
    return recognitions.findByUnitCodeAndEvaluationYear(unitCode, evaluationYear);
  }

  /** The recognitions entered under the same decision number and date at the same level. */
  @Transactional(readOnly = true)
  public List<Recognition> underTheSameDecision(Recognition recognition) {
    return recognitions.findByDecisionNumberAndDecisionDateAndUnitLevelOrderByUnitCode(recognition.getDecisionNumber(),
        recognition.getDecisionDate(), recognition.getUnitLevel());
  }

  /**
   * The level each unit holds in a year: its latest recognition of that year or before, if still
   * valid then (a later recognition replaces an earlier one, even at a lower level).
   */
  @Transactional(readOnly = true)
  public Map<String, Integer> standingLevels(int year) {
    Map<String, Integer> levels = new HashMap<>();
    recognitions.findAll().stream().collect(Collectors.groupingBy(Recognition::getUnitCode))
        .forEach((unit, ofUnit) -> Recognition.heldIn(ofUnit, year).ifPresent(r -> levels.put(unit, r.getLevel())));
    return levels;
  }

  /**
   * The level each unit of the two-tier structure holds in a year from 2025 on: its own latest
   * recognition of the new structure still valid then, or else what it inherits from the units it
   * was formed of ({@link MergerInheritance}).
   */
  @Transactional(readOnly = true)
  public Map<String, Integer> standingLevelsAfterReform(List<AdministrativeUnit> newUnits, int year) {
    Map<String, Integer> levels = new HashMap<>();
    for (AdministrativeUnit unit : newUnits) {
      Recognition.heldIn(recognitions.findByUnitCodeOrderByDecisionDateDesc(unit.getCode()).stream()
              .filter(r -> !UnitDirectory.isThreeTierYear(r.getEvaluationYear())).toList(), year)
          .map(Recognition::getLevel)
          .or(() -> inheritance.inherited(unit.getCode(), unit.getLevel(), year).map(MergerInheritance.Inherited::level))
          .ifPresent(level -> levels.put(unit.getCode(), level));
    }
    return levels;
  }

  /**
   * The share (0-100, two decimals) of the given units of the year's structure holding a recognition at
   * Level 1 or higher in the year; after the reform a unit may hold one inherited from its predecessors.
   */
  @Transactional(readOnly = true)
  public BigDecimal shareRecognised(List<AdministrativeUnit> of, int year) {
    Map<String, Integer> standing = GovernmentStructure.of(year) == GovernmentStructure.THREE_TIER
        ? standingLevels(year) : standingLevelsAfterReform(of, year);
    long recognised = of.stream().filter(unit -> standing.getOrDefault(unit.getCode(), 0) >= 1).count();
    return of.isEmpty() ? BigDecimal.ZERO.setScale(2)
        : BigDecimal.valueOf(recognised * 100).divide(BigDecimal.valueOf(of.size()), 2, RoundingMode.HALF_UP);
  }

  public LocalDate validUntil(int evaluationYear) {
    return LocalDate.of(evaluationYear + properties.years(), 12, 31);
  }

  @Transactional
  Recognition record(RecognitionCase recognitionCase, int level, String decisionNumber, LocalDate decisionDate, Clock clock) {
    recognitions.findByUnitCodeAndEvaluationYear(recognitionCase.getUnitCode(), recognitionCase.getEvaluationYear())
        .ifPresent(existing -> {
          throw new RejectedInputException("Đơn vị " + recognitionCase.getUnitCode() + " đã có quyết định công nhận số "
              + existing.getDecisionNumber() + " cho năm đánh giá " + existing.getEvaluationYear() + ".");
        });
    return recognitions.save(new Recognition(recognitionCase.getUnitCode(), recognitionCase.getUnitLevel(),
        recognitionCase.getEvaluationYear(), level, decisionNumber, decisionDate,
        validUntil(recognitionCase.getEvaluationYear()), recognitionCase.getBusinessKey(), Instant.now(clock)));
  }

  /**
   * Recognised communes of a province, optionally of one district and one evaluation year: the
   * communes of the two-tier structure for the years from 2025, then the communes of the years before
   * as they were, with what they are part of now. A district asks only for the years of three tiers.
   */
  @Transactional(readOnly = true)
  public List<PublishedRecognition> publishedCommunes(String provinceCode, String districtCode, Integer year) {
    AdministrativeUnit province = units.findLatest(provinceCode).filter(unit -> unit.getLevel() == UnitLevel.PROVINCE)
        .orElseThrow(() -> new RejectedInputException("Không tìm thấy tỉnh có mã " + provinceCode + "."));
    if (districtCode != null) {
      AdministrativeUnit district = units.require(districtCode, UnitLevel.DISTRICT);
      if (!province.getCode().equals(district.getParentCode())) {
        throw new RejectedInputException(district.getName() + " không thuộc " + province.getName() + ".");
      }
    }
    List<PublishedRecognition> twoTiers = districtCode != null ? List.of()
        : recognitions.findCommunesOfProvinceWithoutDistricts(provinceCode, UnitDirectory.REFORM).stream()
            .filter(p -> !UnitDirectory.isThreeTierYear(p.evaluationYear()))
            .filter(p -> year == null || p.evaluationYear() == year)
            .toList();
    List<PublishedRecognition> threeTiers = withNowPartOf(
        recognitions.findCommunesOfProvince(provinceCode, UnitDirectory.THREE_TIER).stream()
            .filter(p -> UnitDirectory.isThreeTierYear(p.evaluationYear()))
            .filter(p -> districtCode == null || districtCode.equals(p.districtCode()))
            .filter(p -> year == null || p.evaluationYear() == year)
            .toList(), UnitLevel.COMMUNE);
    return Stream.concat(twoTiers.stream(), threeTiers.stream()).toList();
  }

  /** Recognised districts of a province, optionally of one evaluation year. */
  @Transactional(readOnly = true)
  public List<PublishedRecognition> publishedDistricts(String provinceCode, Integer year) {
    units.require(provinceCode, UnitLevel.PROVINCE, UnitDirectory.THREE_TIER);
    return recognitions.findDistrictsOfProvince(provinceCode, UnitDirectory.THREE_TIER).stream()
        .filter(p -> year == null || p.evaluationYear() == year)
        .map(p -> p.nowPartOf(UnitDirectory.DISTRICTS_ABOLISHED))
        .toList();
  }

  /** Recognised provinces, optionally of one evaluation year: the 34 from 2025, the 63 before as they were. */
  @Transactional(readOnly = true)
  public List<PublishedRecognition> publishedProvinces(Integer year) {
    List<PublishedRecognition> twoTiers = recognitions.findProvinces(UnitDirectory.REFORM).stream()
        .filter(p -> !UnitDirectory.isThreeTierYear(p.evaluationYear()))
        .filter(p -> year == null || p.evaluationYear() == year)
        .toList();
    List<PublishedRecognition> threeTiers = withNowPartOf(recognitions.findProvinces(UnitDirectory.THREE_TIER).stream()
        .filter(p -> UnitDirectory.isThreeTierYear(p.evaluationYear()))
        .filter(p -> year == null || p.evaluationYear() == year)
        .toList(), UnitLevel.PROVINCE);
    return Stream.concat(twoTiers.stream(), threeTiers.stream()).toList();
  }

  /** Each line says what its unit is part of now: "nay là Xã Xuân Bắc", or "nay thuộc Xã A, Xã B" for a split one. */
  private List<PublishedRecognition> withNowPartOf(List<PublishedRecognition> lines, UnitLevel level) {
    Map<String, List<String>> successors = units.successors(lines.stream().map(PublishedRecognition::unitCode).toList(), level)
        .stream().collect(Collectors.groupingBy(UnitSuccession::getOldCode,
            Collectors.mapping(UnitSuccession::getNewName, Collectors.toList())));
    return lines.stream().map(line -> {
      List<String> now = successors.getOrDefault(line.unitCode(), List.of()).stream().distinct().toList();
      return line.nowPartOf(now.isEmpty() ? null : (now.size() == 1 ? "nay là " : "nay thuộc ") + String.join(", ", now));
    }).toList();
  }
}
