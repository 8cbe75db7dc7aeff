package vn.learningcommunity.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.recognition.RecognitionRegister;
import vn.learningcommunity.reporting.Progress.DistrictProgress;
import vn.learningcommunity.reporting.Progress.Share;
import vn.learningcommunity.reporting.Progress.TargetStanding;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;

/**
 * Progress of a province against its plan's targets, from the register of recognitions, on the
 * structure its year is judged in: districts and their communes up to 2024, the province's
 * communes of the two-tier structure from 2025 (with what they inherit from the units they were
 * formed of); district targets no longer apply then.
 */
@Service
public class ProgressReport {

  static final String NO_DISTRICTS = "Không còn áp dụng. " + UnitDirectory.DISTRICTS_ABOLISHED
      + " (sắp xếp đơn vị hành chính hai cấp).";

  /** The units a year is measured on, and the levels they hold. */
  private record Standing(AdministrativeUnit province, Share communes, Share districts, Integer provinceLevel,
      List<DistrictProgress> perDistrict) {}

  private final UnitDirectory units;
  private final RecognitionRegister register;
  private final PlanTargetRepository targets;

  public ProgressReport(UnitDirectory units, RecognitionRegister register, PlanTargetRepository targets) {
    this.units = units;
    this.register = register;
    this.targets = targets;
  }

  @Transactional(readOnly = true)
  public Progress of(String provinceCode, int year) {
    boolean threeTiers = UnitDirectory.isThreeTierYear(year);
    Standing standing = threeTiers ? threeTiers(provinceCode, year) : twoTiers(provinceCode, year);
    List<TargetStanding> standings = targets.findByProvinceCodeOrderByUnitLevelAscTargetYearAscLevelAsc(provinceCode).stream()
        .map(target -> {
          if (target.getUnitLevel() == UnitLevel.DISTRICT && !threeTiers) {
            return new TargetStanding(target.getUnitLevel().name(), target.getTargetYear(), target.getLevel(),
                target.getSharePercent(), target.isStrictlyMore(), target.getWording(), null, false, NO_DISTRICTS);
          }
          BigDecimal actual = switch (target.getUnitLevel()) {
            case COMMUNE -> standing.communes().percentAt(target.getLevel());
            case DISTRICT -> standing.districts().percentAt(target.getLevel());
            case PROVINCE -> standing.provinceLevel() != null && standing.provinceLevel() >= target.getLevel()
                ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
          };
          return new TargetStanding(target.getUnitLevel().name(), target.getTargetYear(), target.getLevel(),
              target.getSharePercent(), target.isStrictlyMore(), target.getWording(), actual, target.isMetBy(actual), null);
        })
        .toList();
    return new Progress(standing.province().getCode(), standing.province().getName(), year, standing.communes(),
        standing.districts(), standing.provinceLevel(), standings, standing.perDistrict(), Progress.READING);
  }

  private Standing threeTiers(String provinceCode, int year) {
    AdministrativeUnit province = units.require(provinceCode, UnitLevel.PROVINCE);
    List<AdministrativeUnit> districts = units.children(provinceCode);
    Map<String, Integer> standing = register.standingLevels(year);
    List<DistrictProgress> perDistrict = new ArrayList<>();
    List<AdministrativeUnit> allCommunes = new ArrayList<>();
    for (AdministrativeUnit district : districts) {
      List<AdministrativeUnit> communes = units.children(district.getCode());
      allCommunes.addAll(communes);
      perDistrict.add(new DistrictProgress(district.getCode(), district.getName(), share(communes, standing),
          standing.get(district.getCode())));
    }
    return new Standing(province, share(allCommunes, standing), share(districts, standing), standing.get(provinceCode),
        perDistrict);
  }

  private Standing twoTiers(String provinceCode, int year) {
    LocalDate day = UnitDirectory.structureDayOf(year);
    AdministrativeUnit province = units.require(provinceCode, UnitLevel.PROVINCE, day);
    List<AdministrativeUnit> communes = units.unitsOfProvince(provinceCode, day);
    Map<String, Integer> standing = register.standingLevelsAfterReform(
        Stream.concat(communes.stream(), Stream.of(province)).toList(), year);
    return new Standing(province, share(communes, standing), share(List.of(), standing), standing.get(provinceCode),
        List.of());
  }

  private static Share share(List<AdministrativeUnit> of, Map<String, Integer> standing) {
    int level1 = (int) of.stream().filter(u -> Optional.ofNullable(standing.get(u.getCode())).orElse(0) >= 1).count();
    int level2 = (int) of.stream().filter(u -> Optional.ofNullable(standing.get(u.getCode())).orElse(0) >= 2).count();
    return new Share(of.size(), level1, percent(level1, of.size()), level2, percent(level2, of.size()));
  }

  private static BigDecimal percent(int part, int whole) {
    return whole == 0 ? BigDecimal.ZERO.setScale(2)
        : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }
}
