package vn.learningcommunity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.learningcommunity.deadline.TaskDeadline;
import vn.learningcommunity.testsupport.ApplicationTestSupport;

/** The conventions every model in processes/ and every form in forms/ keeps, so that a designer can rely on them. */
class ModelConventionsTest extends ApplicationTestSupport {

  @Autowired TaskCompletionValidation validation;

  static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(Path.of(folder))) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  static Set<String> formIds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new java.util.TreeSet<>();
    for (Path form : files("forms", ".form")) {
      JsonNode schema = json.readTree(form.toFile());
      assertThat(schema.path("executionPlatformVersion").asText()).as(form + " platform").isEqualTo("7.24.0");
      ids.add(schema.path("id").asText());
    }
    return ids;
  }

  @Test
  void everyUserTaskHasAFormAValidatorAGroupADueDateAndItsDeadlineTimers() throws IOException {
    Set<String> forms = formIds();
    assertThat(files("processes", ".bpmn")).isNotEmpty();
    for (Path file : files("processes", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String where = file + " " + task.getId();
        assertThat(task.getCamundaFormRef()).as(where).isIn(forms);
        assertThat(task.getCamundaFormRefBinding()).as(where).isEqualTo("latest");
        assertThat(task.getCamundaCandidateGroups()).as(where).startsWith("${groups.of(");
        assertThat(task.getCamundaDueDate()).as(where).startsWith("${deadlines.");
        List<CamundaTaskListener> listeners = task.getExtensionElements().getElementsQuery()
            .filterByType(CamundaTaskListener.class).list();
        assertThat(listeners).as(where).anyMatch(l -> "complete".equals(l.getCamundaEvent())
            && "${taskValidation}".equals(l.getCamundaDelegateExpression()));
        if (!task.getId().contains("FollowUp")) {
          // the one deadline mechanism: a milestone, a supervisor, and the two standard timeout listeners
          TaskDeadline deadline = TaskDeadline.of(task);
          assertThat(deadline.escalatesTo()).as(where + " escalatesTo").isNotNull();
          assertThat(task.getCamundaDueDate()).as(where).isEqualTo("${deadlines.taskDue(execution)}");
          assertThat(timeoutListeners(listeners)).as(where).containsExactlyInAnyOrder(
              "reminder ${deadlineReminder} ${deadlines.taskReminder(execution)}",
              "overdue ${overdueEscalation} ${deadlines.taskDue(execution)}");
        }
      }
    }
  }

  static List<String> timeoutListeners(List<CamundaTaskListener> listeners) {
    return listeners.stream().filter(l -> "timeout".equals(l.getCamundaEvent()))
        .map(l -> l.getAttributeValue("id") + " " + l.getCamundaDelegateExpression() + " "
            + l.getTimeouts().iterator().next().getTimeDate().getTextContent().trim())
        .toList();
  }

  /**
   * What each level needs is written once, in its shortfalls table; the level follows from it; the
   * 12-month rule is one shared decision, not a table per level.
   */
  @Test
  void levelsAreDerivedFromTheirShortfallsAndShareOneTwelveMonthRule() throws IOException {
    for (String level : List.of("commune", "district", "province")) {
      DmnModelInstance model = Dmn.readModelFromFile(new File("processes/" + level + "/" + level + "Level.dmn"));
      Decision levelDecision = model.getModelElementById(level + "Level");
      assertThat(levelDecision.getExpression()).as(level).isInstanceOf(LiteralExpression.class);
      assertThat(levelDecision.getInformationRequirements()).as(level).singleElement()
          .satisfies(requirement -> assertThat(requirement.getRequiredDecision().getId()).isEqualTo(level + "Shortfalls"));
      assertThat(model.getModelElementsByType(Decision.class)).as(level + " own 12-month tables")
          .noneMatch(decision -> decision.getId().toLowerCase().contains("upgrade"));
      assertThat(model.getModelElementsByType(InputExpression.class)).as(level + " shortfalls read the shared rule")
          .anyMatch(input -> "upgradeEligible".equals(input.getText().getTextContent().trim()));
    }
    List<Path> readingTheFacts = new java.util.ArrayList<>();
    for (Path file : files("processes", ".dmn")) {
      if (Files.readString(file).contains("monthsSincePreviousDecision")) {
        readingTheFacts.add(file);
      }
    }
    assertThat(readingTheFacts).containsExactly(Path.of("processes/common/upgradeEligibility.dmn"));
  }

  /** Each case ends its supervisors' follow-ups when it ends, and reads as the procedure, not as its deadline plumbing. */
  @Test
  void recognitionModelsAreTheProcedureAndCloseTheirFollowUps() {
    // nodes before deadlines became listeners: 59, 71 and 59
    Map<String, Integer> mostNodes = Map.of("commune/communeRecognition", 29, "district/districtRecognition", 35,
        "province/provinceRecognition", 29);
    mostNodes.forEach((name, most) -> {
      BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + name + ".bpmn"));
      assertThat(model.getModelElementsByType(FlowNode.class)).as(name + " nodes").hasSizeLessThanOrEqualTo(most);
      assertThat(model.getModelElementsByType(BoundaryEvent.class)).as(name + " boundary events").isEmpty();
      Process process = model.getModelElementsByType(Process.class).iterator().next();
      assertThat(process.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list())
          .as(name).anyMatch(l -> "end".equals(l.getCamundaEvent()) && "${followUpClosing}".equals(l.getCamundaDelegateExpression()));
    });
  }

  /**
   * Many communes end at once under one campaign multi-instance: each commune case ends in a job of
   * its own (asynchronous end events), so that the campaign's count is updated where a conflict is
   * retried by the job executor, not in the official's request.
   */
  @Test
  void communeCasesEndInAJobOfTheirOwn() {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/commune/communeRecognition.bpmn"));
    assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.EndEvent.class))
        .isNotEmpty()
        .allSatisfy(end -> assertThat(end.isCamundaAsyncBefore()).as(end.getId()).isTrue());
  }

  @Test
  void everyModelIsReadableAndBoundToSpringBeans() throws IOException {
    for (Path file : files("processes", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive").isNotBlank();
      }
      Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
          .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        assertThat(node.getName()).as(file + " " + node.getId() + " name").isNotBlank();
        assertThat(drawn).as(file + " layout").contains(node.getId());
      }
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        assertThat(task.getCamundaDelegateExpression()).as(file + " " + task.getId()).matches("\\$\\{[a-zA-Z]+}");
      }
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        assertThat(timer.getTimeDate().getTextContent()).as(file + " timer").startsWith("${deadlines.");
      }
    }
    for (Path file : files("processes", ".dmn")) {
      for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as(file + " " + decision.getId()).isNotBlank();
      }
    }
  }

  @Test
  void everyFormIsValidatedAgainOnTheServer() throws IOException {
    // a start form is checked by the first step of its process, which rolls the start back
    Set<String> startForms = new java.util.HashSet<>();
    for (Path file : files("processes", ".bpmn")) {
      Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(StartEvent.class).stream()
          .map(StartEvent::getCamundaFormRef).filter(java.util.Objects::nonNull).forEach(startForms::add);
    }
    assertThat(startForms).containsExactly("campaignOpening");
    assertThat(formIds()).isNotEmpty().filteredOn(form -> !startForms.contains(form)).allMatch(validation::hasValidatorFor);
  }

  /** Data the process owns: units and routing, the year, computed levels, facts and texts, deadlines. */
  static final Set<String> PROCESS_OWNED = Set.of("communeCode", "districtCode", "provinceCode", "unitCode", "unitName",
      "communeName", "districtName", "provinceName", "evaluationYear", "overdue", "standingRecognition", "previousLevel",
      "monthsSincePreviousDecision", "selfAssessedLevel", "evaluatedLevel", "associationLevel", "selfAssessedLevelText",
      "evaluatedLevelText", "associationLevelText", "appliedLevelText", "selfAssessmentShortfalls", "evaluatedLevelShortfalls",
      "associationLevelShortfalls", "dossierSubmittedOn", "dossierSubmittedOnText", "validUntil", "pendingCount", "d5_1",
      "p4_1", "p4_2", "overdueStep", "reportTitle", "milestone", "caseInstanceId", "supervisorRole", "supervisorUnitCode",
      "reviewingUnitCode", "reviewingUnitName", "verifierRole", "associationRole", "deciderRole", "verifierTitle",
      "associationTitle", "deciderTitle", "districtCases", "routeStructure");

  /** ACT_RU_VARIABLE.TEXT_ holds a string variable: varchar(4000) on every database. */
  static final int ENGINE_TEXT_COLUMN = 4000;

  @Test
  void everyTextFieldHasALimitAndNoTaskFormWritesWhatTheProcessOwns() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> startForms = Set.of("campaignOpening");
    for (Path file : files("forms", ".form")) {
      JsonNode schema = json.readTree(file.toFile());
      // form-js submits read-only fields: data shown from other steps must be disabled instead
      assertThat(schema.findValues("readonly")).as(file + " read-only fields").allMatch(value -> !value.asBoolean());
      FormFields fields = FormFields.parse(schema);
      for (FormFields.Field field : fields.fields().values()) {
        if (field.isText()) {
          assertThat(field.maxLength()).as(file + " " + field.key() + " maxLength").isNotNull().isBetween(1, ENGINE_TEXT_COLUMN);
        }
      }
      if (!startForms.contains(fields.formId())) {
        assertThat(fields.fields().keySet()).as(file + " writes process data").doesNotContainAnyElementsOf(PROCESS_OWNED);
      }
    }
  }
}
