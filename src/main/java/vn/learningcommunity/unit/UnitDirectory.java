package vn.learningcommunity.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.learningcommunity.validation.RejectedInputException;

/**
 * Looks up units as they were on a day, their ancestors and their history; the single place that
 * knows how the hierarchy is walked.
 */
@Service
public class UnitDirectory {

  /** 1 July 2025: districts abolished, provinces and communes merged. */
  public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  /**
   * The last day of the three-tier list. Lookups without a day use it: they concern what only that
   * list has (districts, the units of a year judged in three tiers).
   */
  public static final LocalDate THREE_TIER = REFORM.minusDays(1);
  /** What is said of a district, or of a district target, from the reform on. */
  public static final String DISTRICTS_ABOLISHED = "Từ 01/07/2025 không còn cấp huyện";

  /**
   * The day whose structure a year's evaluation is judged in: the first day after the evaluation
   * year, when dossiers are judged (2024 → three tiers; 2025 and later → two tiers).
   */
  public static LocalDate structureDayOf(int evaluationYear) {
    return LocalDate.of(evaluationYear + 1, 1, 1);
  }

  public static boolean isThreeTierYear(int evaluationYear) {
    return structureDayOf(evaluationYear).isBefore(REFORM);
  }

  private final AdministrativeUnitRepository units;
  private final UnitSuccessionRepository successions;

  public UnitDirectory(AdministrativeUnitRepository units, UnitSuccessionRepository successions) {
    this.units = units;
    this.successions = successions;
  }

  public Optional<AdministrativeUnit> find(String code) {
    return find(code, THREE_TIER);
  }

  public Optional<AdministrativeUnit> find(String code, LocalDate day) {
    return code == null ? Optional.empty() : units.findInForce(code, day);
  }

  /**
   * The unit of the latest list that has the code: a unit in force today, or one that exists no more
   * (a former district), under its last name.
   */
  public Optional<AdministrativeUnit> findLatest(String code) {
    return code == null ? Optional.empty() : units.findFirstByCodeOrderByValidFromDesc(code);
  }

  public AdministrativeUnit require(String code, UnitLevel level) {
    return require(code, level, THREE_TIER);
  }

  public AdministrativeUnit require(String code, UnitLevel level, LocalDate day) {
    AdministrativeUnit unit = find(code, day)
        .orElseThrow(() -> new RejectedInputException("Không tìm thấy đơn vị hành chính có mã " + code + "."));
    if (unit.getLevel() != level) {
      throw new RejectedInputException(
          "Đơn vị " + unit.getName() + " (mã " + code + ") không phải là " + levelName(level) + ".");
    }
    return unit;
  }

  public List<AdministrativeUnit> children(String parentCode) {
    return children(parentCode, THREE_TIER);
  }

  public List<AdministrativeUnit> children(String parentCode, LocalDate day) {
    return units.findChildrenInForce(parentCode, day);
  }

  /** The provinces in force on a day, by name. */
  public List<AdministrativeUnit> provinces(LocalDate day) {
    return units.findOfLevelInForce(UnitLevel.PROVINCE, day);
  }

  /** Every unit below a province on a day (districts and their communes, or, after the reform, its communes). */
  public List<AdministrativeUnit> unitsOfProvince(String provinceCode, LocalDate day) {
    return units.findUnitsOfProvince(provinceCode, day);
  }

  /** The old units that went, wholly or partly, into a unit of the two-tier structure. */
  public List<UnitSuccession> predecessors(String newCode, UnitLevel level) {
    return successions.findByNewCodeAndLevelOrderByOldCode(newCode, level);
  }

  /** The new units the given old units went into, in one query. */
  public List<UnitSuccession> successors(Collection<String> oldCodes, UnitLevel level) {
    return oldCodes.isEmpty() ? List.of() : successions.findByOldCodeInAndLevelOrderByNewCode(oldCodes, level);
  }

  /** The nearest ancestor of the given level in the unit's own list, if the hierarchy has one. */
  public Optional<AdministrativeUnit> ancestor(AdministrativeUnit unit, UnitLevel level) {
    // a day of the unit's own list: its last day, or the first of a list still in force
    LocalDate day = unit.getValidTo() != null ? unit.getValidTo() : unit.getValidFrom();
    AdministrativeUnit current = unit;
    while (current.getParentCode() != null) {
      current = units.findInForce(current.getParentCode(), day).orElse(null);
      if (current == null) {
        return Optional.empty();
      }
      if (current.getLevel() == level) {
        return Optional.of(current);
      }
    }
    return Optional.empty();
  }

  private static String levelName(UnitLevel level) {
    return switch (level) {
      case PROVINCE -> "đơn vị cấp tỉnh";
      case DISTRICT -> "đơn vị cấp huyện";
      case COMMUNE -> "đơn vị cấp xã";
    };
  }
}
