package vn.learningcommunity.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.unit.UnitLevel;

/**
 * The criteria catalogue (Flyway data) is the one source of the indicators: every form, every
 * DMN input and every business rule task that passes findings to a decision must agree with it — keys, labels, types
 * and bounds. Any drift fails here, naming the file and the indicator.
 */
class CriteriaCatalogueDriftTest extends ApplicationTestSupport {

  /** Per level: the self-assessment form, the review forms with their prefixes, the models. */
  record Level(UnitLevel level, String selfForm, Map<String, String> reviewForms, String dmn, String bpmn) {}

  static final List<Level> LEVELS = List.of(
      new Level(UnitLevel.COMMUNE, "forms/commune/communeSelfAssessment.form",
          Map.of("forms/commune/communeEvaluation.form", "ev_", "forms/commune/communeAssociationReview.form", "as_"),
          "processes/commune/communeLevel.dmn",
          "processes/commune/communeRecognition.bpmn"),
      new Level(UnitLevel.DISTRICT, "forms/district/districtSelfAssessment.form",
          Map.of("forms/district/districtDepartmentReview.form", "ev_", "forms/district/districtAssociationReview.form", "as_"),
          "processes/district/districtLevel.dmn", "processes/district/districtRecognition.bpmn"),
      new Level(UnitLevel.PROVINCE, "forms/province/provinceSelfAssessment.form",
          Map.of("forms/province/provinceMinistryReview.form", "ev_"), "processes/province/provinceLevel.dmn",
          "processes/province/provinceRecognition.bpmn"));

  static final Pattern INDICATOR_KEY = Pattern.compile("^(?:ev_|as_)?[cdp]\\d+_\\d+$");
  static final Pattern DMN_INPUT = Pattern.compile("^(?:findings\\.)?[cdp]\\d+_\\d+$");
  static final Pattern FINDINGS = Pattern.compile("^\\$\\{indicatorAnswers\\.of\\('((?:ev_|as_)?)', execution\\)}$");

  @Autowired CriteriaCatalogue catalogue;

  @Test
  void formsDecisionsAndMappingsAgreeWithTheCatalogue() throws IOException {
    for (Level level : LEVELS) {
      Map<String, Indicator> indicators = new LinkedHashMap<>();
      for (Indicator indicator : catalogue.indicators(level.level())) {
        indicators.put(indicator.variable(), indicator);
      }
      assertThat(indicators).as(level.level() + " catalogue").isNotEmpty();
      // the shares the system computes are shown as text, never typed
      Set<String> typed = indicators.entrySet().stream().filter(e -> !e.getValue().isComputed())
          .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));

      Map<String, JsonNode> self = fields(level.selfForm());
      assertThat(indicatorKeys(self)).as(level.selfForm()).isEqualTo(typed);
      typed.forEach(key -> assertField(level.selfForm(), self.get(key), indicators.get(key), false));

      for (Map.Entry<String, String> review : level.reviewForms().entrySet()) {
        Map<String, JsonNode> fields = fields(review.getKey());
        Set<String> expected = new TreeSet<>(typed);
        typed.forEach(key -> expected.add(review.getValue() + key));
        assertThat(indicatorKeys(fields)).as(review.getKey()).isEqualTo(expected);
        List<JsonNode> inOrder = components(review.getKey());
        for (String key : typed) {
          Indicator indicator = indicators.get(key);
          // a review shows each indicator as a heading, then the unit's answer (disabled) and the finding
          int answer = inOrder.indexOf(fields.get(key));
          assertThat(inOrder.get(answer - 1).path("text").asText()).as(review.getKey() + " " + key + " heading")
              .isEqualTo("**" + indicator.getCode() + ".** " + indicator.getTitle());
          assertKind(review.getKey(), fields.get(key), indicator, true);
          assertKind(review.getKey(), fields.get(review.getValue() + key), indicator, false);
        }
      }

      // the decision reads the answers from the context findings, the system's own shares as they are
      Set<String> dmnInputs = Dmn.readModelFromFile(new File(level.dmn())).getModelElementsByType(InputExpression.class).stream()
          .map(input -> input.getText().getTextContent().trim()).filter(text -> DMN_INPUT.matcher(text).matches())
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> expectedInputs = indicators.keySet().stream().map(key -> typed.contains(key) ? "findings." + key : key)
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(dmnInputs).as(level.dmn() + " inputs").isEqualTo(expectedInputs);

      // findings reach each decision as one context, never indicator by indicator
      Set<String> prefixes = new TreeSet<>(level.reviewForms().values());
      prefixes.add("");
      Set<String> passed = new TreeSet<>();
      for (BusinessRuleTask task : Bpmn.readModelFromFile(new File(level.bpmn())).getModelElementsByType(BusinessRuleTask.class)) {
        List<CamundaInputParameter> parameters = task.getExtensionElements().getElementsQuery()
            .filterByType(CamundaInputOutput.class).list().stream()
            .flatMap(io -> io.getCamundaInputParameters().stream()).toList();
        assertThat(parameters).as(level.bpmn() + " " + task.getId() + " inputs").singleElement()
            .satisfies(parameter -> assertThat(parameter.getCamundaName()).isEqualTo("findings"));
        Matcher matcher = FINDINGS.matcher(parameters.get(0).getTextContent().trim());
        assertThat(matcher.matches()).as(level.bpmn() + " " + task.getId() + " findings").isTrue();
        passed.add(matcher.group(1));
      }
      assertThat(passed).as(level.bpmn() + " parties decided").isEqualTo(prefixes);
    }
  }

  private static void assertField(String form, JsonNode field, Indicator indicator, boolean disabled) {
    assertThat(field).as(form + " " + indicator.getCode()).isNotNull();
    assertThat(field.path("label").asText()).as(form + " " + indicator.getCode() + " label")
        .isEqualTo(indicator.getCode() + ". " + indicator.getTitle());
    assertKind(form, field, indicator, disabled);
  }

  /** The field's type, options and bounds follow the indicator's type; only the unit's own answer is disabled. */
  private static void assertKind(String form, JsonNode field, Indicator indicator, boolean disabled) {
    String where = form + " " + (field == null ? indicator.getCode() : field.path("key").asText());
    assertThat(field).as(where).isNotNull();
    assertThat(field.path("disabled").asBoolean(false)).as(where + " disabled").isEqualTo(disabled);
    switch (indicator.getType()) {
      case BOOLEAN -> {
        assertThat(field.path("type").asText()).as(where).isEqualTo("radio");
        assertThat(field.path("values").findValuesAsText("value")).as(where + " values").containsExactly("true", "false");
      }
      case STANDARD_LEVEL, PERCENT, COMPUTED_PERCENT -> {
        assertThat(field.path("type").asText()).as(where).isEqualTo("number");
        if (!disabled) {
          assertThat(field.path("validate").path("min").asInt(-1)).as(where + " min").isZero();
          assertThat(field.path("validate").path("max").asInt(-1)).as(where + " max").isEqualTo(indicator.getMaxValue());
        }
      }
    }
  }

  private static Set<String> indicatorKeys(Map<String, JsonNode> fields) {
    return fields.keySet().stream().filter(key -> INDICATOR_KEY.matcher(key).matches())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, JsonNode> fields(String form) throws IOException {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    components(form).stream().filter(c -> c.hasNonNull("key")).forEach(c -> fields.put(c.path("key").asText(), c));
    return fields;
  }

  /** Every component of the form, groups' contents in place, in the order a person reads them. */
  private static List<JsonNode> components(String form) throws IOException {
    List<JsonNode> all = new java.util.ArrayList<>();
    collect(new ObjectMapper().readTree(new File(form)).path("components"), all);
    return all;
  }

  private static void collect(JsonNode components, List<JsonNode> all) {
    for (JsonNode component : components) {
      all.add(component);
      collect(component.path("components"), all);
    }
  }
}
