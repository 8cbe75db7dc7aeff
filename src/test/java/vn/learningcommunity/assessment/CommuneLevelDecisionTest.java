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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.learningcommunity.testsupport.CommuneAnswers;

/** Row by row, the tables of processes/commune/communeLevel.dmn. */
class CommuneLevelDecisionTest {

  static DmnEngine dmn;
  static Map<String, DmnDecision> decisions = new HashMap<>();

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = new FileInputStream("processes/commune/communeLevel.dmn")) {
      dmn.parseDecisions(model).forEach(d -> decisions.put(d.getKey(), d));
    }
  }

  static Map<String, Object> evaluate(String key, Map<String, Object> inputs) {
    return dmn.evaluateDecision(decisions.get(key), DecisionContext.of(new HashMap<>(inputs))).getSingleResult().getEntryMap();
  }

  static int level(Map<String, Object> answers, int previousLevel, Integer months) {
    Map<String, Object> inputs = new HashMap<>(answers);
    inputs.put("previousLevel", previousLevel);
    inputs.put("monthsSincePreviousDecision", months);
    return (Integer) evaluate("communeLevel", inputs).get("level");
  }

  @ParameterizedTest(name = "criterion {0}: all met gives 2, one not met gives 0")
  @CsvSource({"1", "2", "3"})
  void yesNoCriteriaNeedEveryIndicator(int criterion) {
    Map<String, Object> inputs = CommuneAnswers.level2();
    String output = "c" + criterion + "Level";
    assertThat(evaluate("communeCriterion" + criterion, inputs)).containsEntry(output, 2);
    inputs.put("c" + criterion + "_2", "false");
    assertThat(evaluate("communeCriterion" + criterion, inputs)).containsEntry(output, 0);
  }

  @ParameterizedTest(name = "C4 preschool={0} primary={1} lowerSecondary={2} literacy={3} -> {4}")
  @CsvSource({
      "true, 3, 2, 2, 2",
      "true, 3, 3, 2, 2",
      "true, 2, 2, 2, 1",
      "true, 3, 1, 2, 1",
      "true, 3, 2, 1, 1",
      "true, 2, 1, 1, 1",
      "true, 1, 1, 1, 0",
      "true, 2, 0, 1, 0",
      "true, 2, 1, 0, 0",
      "false, 3, 3, 2, 0"})
  void universalEducationThresholds(String preschool, int primary, int lowerSecondary, int literacy, int expected) {
    Map<String, Object> inputs = Map.of("c4_1", preschool, "c4_2", primary, "c4_3", lowerSecondary, "c4_4", literacy);
    assertThat(evaluate("communeCriterion4", inputs)).containsEntry("c4Level", expected);
  }

  @ParameterizedTest(name = "C5 learning units {0}% citizens {1}% -> {2}")
  @CsvSource({"70, 50, 2", "100, 100, 2", "69.99, 50, 1", "70, 49.5, 1", "50, 30, 1", "49.99, 30, 0", "50, 29, 0", "0, 0, 0"})
  void learningCommunityEffectThresholds(double units, double citizens, int expected) {
    assertThat(evaluate("communeCriterion5", Map.of("c5_1", units, "c5_2", citizens))).containsEntry("c5Level", expected);
  }

  @ParameterizedTest(name = "previous level {0}, {1} months -> eligible {2}")
  @CsvSource({"1, 12, true", "2, 36, true", "1, 11, false", "0, 24, false", "0, , false", "1, , false"})
  void upgradeNeedsAStandingRecognitionOfTwelveMonths(int previousLevel, Integer months, boolean expected) {
    // the shared rule of processes/common/upgradeEligibility.dmn, the same for every level
    assertThat(DecisionContext.upgradeEligible(previousLevel, months)).isEqualTo(expected);
  }

  @Test
  void levelTableGivesLevel2OnlyWithEveryCriterionAtLevel2AndTheUpgradeRule() {
    assertThat(level(CommuneAnswers.level2(), 1, 12)).isEqualTo(2);
    assertThat(level(CommuneAnswers.level2(), 1, 11)).isEqualTo(1);
    assertThat(level(CommuneAnswers.level1(), 1, 30)).isEqualTo(1);
    assertThat(level(CommuneAnswers.notMet(), 1, 30)).isZero();
  }

  @Test
  void oneCriterionBelowLevel2KeepsTheCommuneAtLevel1() {
    Map<String, Object> answers = CommuneAnswers.level2();
    answers.put("c4_2", 2);
    assertThat(level(answers, 1, 24)).isEqualTo(1);
  }

  @Test
  void shortfallsNameTheCriteriaAndTheUpgradeRulePerLevel() {
    Map<String, Object> inputs = CommuneAnswers.notMet();
    inputs.put("c5_1", 10);
    inputs.put("previousLevel", 0);
    inputs.put("monthsSincePreviousDecision", null);
    List<Map<String, Object>> rows = dmn.evaluateDecision(decisions.get("communeShortfalls"), DecisionContext.of(inputs)).getResultList();
    assertThat(rows).extracting(r -> r.get("forLevel") + " " + r.get("reason")).containsExactlyInAnyOrder(
        "1 Tiêu chí 1 (Lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã)",
        "1 Tiêu chí 5 (Hiệu quả xây dựng cộng đồng học tập cấp xã)",
        "2 Tiêu chí 1 (Lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã)",
        "2 Tiêu chí 4 (Kết quả phổ cập giáo dục, xóa mù chữ)",
        "2 Tiêu chí 5 (Hiệu quả xây dựng cộng đồng học tập cấp xã)",
        "2 Chưa có quyết định công nhận Mức độ 1 còn hiệu lực từ đủ 12 tháng");
  }

  @ParameterizedTest(name = "failing {1} is named for both levels")
  @CsvSource({"c1_3, 1", "c2_1, 2", "c3_2, 3", "c4_1, 4"})
  void eachFailedCriterionIsNamedForBothLevels(String failedIndicator, int criterion) {
    Map<String, Object> inputs = CommuneAnswers.level2();
    inputs.put(failedIndicator, "false");
    inputs.put("previousLevel", 1);
    inputs.put("monthsSincePreviousDecision", 20);
    List<Map<String, Object>> rows = dmn.evaluateDecision(decisions.get("communeShortfalls"), DecisionContext.of(inputs)).getResultList();
    assertThat(rows).extracting(r -> r.get("forLevel") + " " + ((String) r.get("reason")).substring(0, 10))
        .containsExactlyInAnyOrder("1 Tiêu chí " + criterion, "2 Tiêu chí " + criterion);
  }

  @Test
  void noShortfallsAtLevel2() {
    Map<String, Object> inputs = CommuneAnswers.level2();
    inputs.put("previousLevel", 1);
    inputs.put("monthsSincePreviousDecision", 12);
    assertThat(dmn.evaluateDecision(decisions.get("communeShortfalls"), DecisionContext.of(inputs)).getResultList()).isEmpty();
  }
}
