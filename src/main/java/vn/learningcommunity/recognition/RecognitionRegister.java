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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.unit.AdministrativeUnit;
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

  /** The latest decision in force on the given day; a later decision replaces an earlier one. */
  @Transactional(readOnly = true)
  public Optional<Recognition> validOn(String unitCode, LocalDate day) {
    return recognitions.findByUnitCodeOrderByDecisionDateDesc(unitCode).stream()
        .filter(r -> !r.getDecisionDate().isAfter(day))
        .max(Comparator.comparing(Recognition::getDecisionDate))
        .filter(r -> !r.getValidUntil().isBefore(day));
  }

  @Transactional(readOnly = true)
  public UpgradeFacts upgradeFacts(String unitCode, LocalDate dossierDate) {
    return validOn(unitCode, dossierDate)
        .map(r -> new UpgradeFacts(r.getLevel(), CalendarMonths.completed(r.getDecisionDate(), dossierDate)))
        .orElse(UpgradeFacts.NONE);
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

  /** The share (0-100, two decimals) of the given units holding a recognition at Level 1 or higher in the year. */
  @Transactional(readOnly = true)
  public BigDecimal shareRecognised(List<String> unitCodes, int year) {
    Map<String, Integer> standing = standingLevels(year);
    long recognised = unitCodes.stream().filter(code -> standing.getOrDefault(code, 0) >= 1).count();
    return unitCodes.isEmpty() ? BigDecimal.ZERO.setScale(2)
        : BigDecimal.valueOf(recognised * 100).divide(BigDecimal.valueOf(unitCodes.size()), 2, RoundingMode.HALF_UP);
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

  /** Recognised communes of a province, optionally of one district and one evaluation year. */
  @Transactional(readOnly = true)
  public List<PublishedRecognition> publishedCommunes(String provinceCode, String districtCode, Integer year) {
    AdministrativeUnit province = units.require(provinceCode, UnitLevel.PROVINCE);
    if (districtCode != null) {
      AdministrativeUnit district = units.require(districtCode, UnitLevel.DISTRICT);
      if (!province.getCode().equals(district.getParentCode())) {
        throw new RejectedInputException(district.getName() + " không thuộc " + province.getName() + ".");
      }
    }
    return withNowPartOf(recognitions.findCommunesOfProvince(provinceCode, UnitDirectory.THREE_TIER).stream()
        .filter(p -> districtCode == null || districtCode.equals(p.districtCode()))
        .filter(p -> year == null || p.evaluationYear() == year)
        .toList(), UnitLevel.COMMUNE);
  }

  /** Recognised districts of a province, optionally of one evaluation year. */
  @Transactional(readOnly = true)
  public List<PublishedRecognition> publishedDistricts(String provinceCode, Integer year) {
    units.require(provinceCode, UnitLevel.PROVINCE);
    return recognitions.findDistrictsOfProvince(provinceCode, UnitDirectory.THREE_TIER).stream()
        .filter(p -> year == null || p.evaluationYear() == year)
        .map(p -> p.nowPartOf(UnitDirectory.DISTRICTS_ABOLISHED))
        .toList();
  }

  /** Recognised provinces, optionally of one evaluation year. */
  @Transactional(readOnly = true)
  public List<PublishedRecognition> publishedProvinces(Integer year) {
    return withNowPartOf(recognitions.findProvinces(UnitDirectory.THREE_TIER).stream()
        .filter(p -> year == null || p.evaluationYear() == year)
        .toList(), UnitLevel.PROVINCE);
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
