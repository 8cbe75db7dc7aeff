package vn.learningcommunity.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import vn.learningcommunity.testsupport.DecisionContext;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Row by row, the quantitative tables of districtLevel.dmn and provinceLevel.dmn and their level tables. */
class DistrictAndProvinceLevelDecisionTest {

  static DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static Map<String, DmnDecision> decisions = new HashMap<>();

  @BeforeAll
  static void parse() throws IOException {
    for (String file : List.of("processes/district/districtLevel.dmn", "processes/province/provinceLevel.dmn")) {
      try (InputStream model = new FileInputStream(file)) {
        dmn.parseDecisions(model).forEach(d -> decisions.put(d.getKey(), d));
      }
    }
  }

  static Object evaluate(String key, String output, Map<String, Object> inputs) {
    return dmn.evaluateDecision(decisions.get(key), DecisionContext.of(new HashMap<>(inputs))).getSingleResult().getEntry(output);
  }

  @ParameterizedTest(name = "district universal education {0}, literacy {1} -> {2}")
  @CsvSource({"true, 2, 2", "true, 1, 1", "true, 0, 0", "false, 2, 0"})
  void districtUniversalEducation(String standard, int literacy, int expected) {
    assertThat(evaluate("districtCriterion4", "d4Level", Map.of("d4_1", standard, "d4_2", literacy))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "district communes {0}%, units {1}% -> {2}")
  @CsvSource({"70, 70, 2", "69.99, 90, 1", "50, 50, 1", "49.99, 90, 0", "90, 49, 0"})
  void districtEffects(double communes, double units, int expected) {
    assertThat(evaluate("districtCriterion5", "d5Level", Map.of("d5_1", communes, "d5_2", units))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "province districts {0}%, communes {1}% -> {2}")
  @CsvSource({"90, 80, 2", "89.9, 95, 1", "50, 50, 1", "49, 90, 0", "90, 49.99, 0"})
  void provinceEffects(double districts, double communes, int expected) {
    assertThat(evaluate("provinceCriterion4", "p4Level", Map.of("p4_1", districts, "p4_2", communes))).isEqualTo(expected);
  }

  /** From 2025 there are no districts: P4.1 is left empty and the communes alone decide (provisional). */
  @ParameterizedTest(name = "province without districts, communes {0}% -> {1}")
  @CsvSource({"80, 2", "79.99, 1", "50, 1", "49.99, 0"})
  void provinceEffectsWithoutDistricts(double communes, int expected) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("p4_1", null);
    inputs.put("p4_2", communes);
    assertThat(evaluate("provinceCriterion4", "p4Level", inputs)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "district levels {0}, upgrade {1} -> {2}")
  @CsvSource({"2, true, 2", "2, false, 1", "1, true, 1", "0, true, 0"})
  void districtLevelCombinesTheCriteria(int effectsLevel, boolean upgradeEligible, int expected) {
    Map<String, Object> inputs = new HashMap<>();
    for (String indicator : List.of("d1_1", "d1_2", "d1_3", "d2_1", "d2_2", "d2_3", "d2_4", "d3_1", "d3_2", "d3_3", "d4_1")) {
      inputs.put(indicator, "true");
    }
    inputs.put("d4_2", 2);
    inputs.put("d5_1", effectsLevel == 2 ? 80 : effectsLevel == 1 ? 60 : 10);
    inputs.put("d5_2", effectsLevel == 2 ? 80 : effectsLevel == 1 ? 60 : 10);
    inputs.put("previousLevel", upgradeEligible ? 1 : 0);
    inputs.put("monthsSincePreviousDecision", upgradeEligible ? 12 : null);
    assertThat(evaluate("districtLevel", "level", inputs)).isEqualTo(expected);
  }
}
