package vn.learningcommunity.recognition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    Collection<Recognition> latest = recognitions.findAll().stream()
        .filter(r -> r.getEvaluationYear() <= year)
        .collect(Collectors.toMap(Recognition::getUnitCode, Function.identity(),
            (a, b) -> a.getEvaluationYear() >= b.getEvaluationYear() ? a : b))
        .values();
    return latest.stream()
        .filter(r -> r.getValidUntil().getYear() >= year)
        .collect(Collectors.toMap(Recognition::getUnitCode, Recognition::getLevel));
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
      recognitions.findByUnitCodeOrderByDecisionDateDesc(unit.getCode()).stream()
          .filter(r -> !UnitDirectory.isThreeTierYear(r.getEvaluationYear()) && r.getEvaluationYear() <= year)
          .max(Comparator.comparing(Recognition::getEvaluationYear))
          .filter(r -> r.getValidUntil().getYear() >= year)
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
    return recognitions.findCommunesOfProvince(provinceCode, UnitDirectory.THREE_TIER).stream()
        .filter(p -> districtCode == null || districtCode.equals(p.districtCode()))
        .filter(p -> year == null || p.evaluationYear() == year)
        .map(p -> p.nowPartOf(nowPartOf(p.unitCode(), UnitLevel.COMMUNE)))
        .toList();
  }

  /** Recognised districts of a province, optionally of one evaluation year. */
  @Transactional(readOnly = true)
  public List<PublishedRecognition> publishedDistricts(String provinceCode, Integer year) {
    units.require(provinceCode, UnitLevel.PROVINCE);
    return recognitions.findDistrictsOfProvince(provinceCode, UnitDirectory.THREE_TIER).stream()
        .filter(p -> year == null || p.evaluationYear() == year)
        .map(p -> p.nowPartOf(NO_DISTRICTS))
        .toList();
  }

  /** Recognised provinces, optionally of one evaluation year. */
  @Transactional(readOnly = true)
  public List<PublishedRecognition> publishedProvinces(Integer year) {
    return recognitions.findProvinces(UnitDirectory.THREE_TIER).stream()
        .filter(p -> year == null || p.evaluationYear() == year)
        .map(p -> p.nowPartOf(nowPartOf(p.unitCode(), UnitLevel.PROVINCE)))
        .toList();
  }

  static final String NO_DISTRICTS = "Từ 01/07/2025 không còn cấp huyện";

  /** "nay là Xã Xuân Bắc", or where parts went to several units, "nay thuộc Xã A, Xã B". */
  private String nowPartOf(String oldCode, UnitLevel level) {
    List<String> successors = units.successors(oldCode, level).stream().map(UnitSuccession::getNewName).distinct().toList();
    if (successors.isEmpty()) {
      return null;
    }
    return (successors.size() == 1 ? "nay là " : "nay thuộc ") + String.join(", ", successors);
  }
}
