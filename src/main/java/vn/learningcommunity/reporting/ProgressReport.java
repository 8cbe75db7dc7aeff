package vn.learningcommunity.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.recognition.RecognitionRegister;
import vn.learningcommunity.reporting.Progress.DistrictProgress;
import vn.learningcommunity.reporting.Progress.Share;
import vn.learningcommunity.reporting.Progress.TargetStanding;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;

/** Progress of a province against its plan's targets, from the register of recognitions. */
@Service
public class ProgressReport {

  private final UnitDirectory directory;
  private final UnitDirectory units;
  private final RecognitionRegister register;
  private final PlanTargetRepository targets;

  public ProgressReport(UnitDirectory directory, UnitDirectory units, RecognitionRegister register,
      PlanTargetRepository targets) {
    this.directory = directory;
    this.units = units;
    this.register = register;
    this.targets = targets;
  }

  @Transactional(readOnly = true)
  public Progress of(String provinceCode, int year) {
    AdministrativeUnit province = directory.require(provinceCode, UnitLevel.PROVINCE);
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
    Share communeShare = share(allCommunes, standing);
    Share districtShare = share(districts, standing);
    Integer provinceLevel = standing.get(provinceCode);

    List<TargetStanding> standings = targets.findByProvinceCodeOrderByUnitLevelAscTargetYearAscLevelAsc(provinceCode).stream()
        .map(target -> {
          BigDecimal actual = switch (target.getUnitLevel()) {
            case COMMUNE -> communeShare.percentAt(target.getLevel());
            case DISTRICT -> districtShare.percentAt(target.getLevel());
            case PROVINCE -> provinceLevel != null && provinceLevel >= target.getLevel() ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
          };
          return new TargetStanding(target.getUnitLevel().name(), target.getTargetYear(), target.getLevel(),
              target.getSharePercent(), target.isStrictlyMore(), target.getWording(), actual, target.isMetBy(actual));
        })
        .toList();
    return new Progress(province.getCode(), province.getName(), year, communeShare, districtShare, provinceLevel, standings,
        perDistrict, Progress.READING);
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
