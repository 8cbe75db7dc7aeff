package vn.learningcommunity.unit;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.learningcommunity.validation.RejectedInputException;

/** Looks up units and their ancestors; the single place that knows how the hierarchy is walked. */
@Service
public class UnitDirectory {

  private final AdministrativeUnitRepository units;

  public UnitDirectory(AdministrativeUnitRepository units) {
    this.units = units;
  }

  public Optional<AdministrativeUnit> find(String code) {
    return code == null ? Optional.empty() : units.findById(code);
  }

  public AdministrativeUnit require(String code, UnitLevel level) {
    AdministrativeUnit unit = find(code)
        .orElseThrow(() -> new RejectedInputException("Không tìm thấy đơn vị hành chính có mã " + code + "."));
    if (unit.getLevel() != level) {
      throw new RejectedInputException(
          "Đơn vị " + unit.getName() + " (mã " + code + ") không phải là " + levelName(level) + ".");
    }
    return unit;
  }

  /** The nearest ancestor of the given level, if the hierarchy has one. */
  public Optional<AdministrativeUnit> ancestor(AdministrativeUnit unit, UnitLevel level) {
    AdministrativeUnit current = unit;
    while (current.getParentCode() != null) {
      current = units.findById(current.getParentCode()).orElse(null);
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
