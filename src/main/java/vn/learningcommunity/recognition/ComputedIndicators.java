package vn.learningcommunity.recognition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.unit.AdministrativeUnit;
import vn.learningcommunity.unit.GovernmentStructure;
import vn.learningcommunity.unit.UnitDirectory;
import vn.learningcommunity.unit.UnitLevel;

/**
 * The indicators the system computes from its own register, never typed: for a district the share
 * of its communes recognised (D5.1); for a province the shares of its districts (P4.1, only while
 * districts exist) and of its communes (P4.2), counted on the units of the evaluation year. Keyed by
 * the indicator's variable.
 */
@Service
public class ComputedIndicators {

  private final UnitDirectory units;
  private final RecognitionRegister register;

  public ComputedIndicators(UnitDirectory units, RecognitionRegister register) {
    this.units = units;
    this.register = register;
  }

  @Transactional(readOnly = true)
  public Map<String, BigDecimal> of(String unitCode, int evaluationYear) {
    LocalDate day = UnitDirectory.structureDayOf(evaluationYear);
    AdministrativeUnit unit = units.find(unitCode, day).orElseThrow();
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    switch (unit.getLevel()) {
      case DISTRICT -> values.put("d5_1", register.shareRecognised(units.children(unitCode, day), evaluationYear));
      case PROVINCE -> {
        List<AdministrativeUnit> below = units.unitsOfProvince(unitCode, day);
        if (GovernmentStructure.of(evaluationYear) == GovernmentStructure.THREE_TIER) {
          values.put("p4_1", register.shareRecognised(ofLevel(below, UnitLevel.DISTRICT), evaluationYear));
        }
        values.put("p4_2", register.shareRecognised(ofLevel(below, UnitLevel.COMMUNE), evaluationYear));
      }
      case COMMUNE -> { }
    }
    return values;
  }

  /** Sets the computed indicators of the unit as process variables, where the DMN and the forms read them. */
  public void writeTo(VariableScope variables, String unitCode, int evaluationYear) {
    of(unitCode, evaluationYear).forEach((variable, value) -> variables.setVariable(variable, value.doubleValue()));
  }

  private static List<AdministrativeUnit> ofLevel(List<AdministrativeUnit> found, UnitLevel level) {
    return found.stream().filter(u -> u.getLevel() == level).toList();
  }
}
