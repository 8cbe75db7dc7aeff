package vn.learningcommunity.deadline;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.routing.DossierRoute;

/**
 * The deadline a designer attaches to a user task in Modeler, as two properties of the task:
 * {@code deadline} (a {@link Milestone}: the date the task is due, from the province's calendar) and
 * {@code escalatesTo} (who follows the task up once it is overdue: a {@link UnitRole}, or a role of the
 * case's route such as {@code deciderRole}, which differs between the structures of local government).
 */
public record TaskDeadline(Milestone milestone, String escalatesTo) {

  public static final String DEADLINE = "deadline";
  public static final String ESCALATES_TO = "escalatesTo";

  public static TaskDeadline of(ModelElementInstance element) {
    Map<String, String> properties = propertiesOf(element);
    String milestone = properties.get(DEADLINE);
    if (milestone == null) {
      throw new IllegalStateException("User task " + idOf(element) + " has no '" + DEADLINE + "' property");
    }
    String supervisor = properties.get(ESCALATES_TO);
    if (supervisor != null && !DossierRoute.ROLE_VARIABLES.contains(supervisor)) {
      UnitRole.valueOf(supervisor);
    }
    return new TaskDeadline(Milestone.valueOf(milestone), supervisor);
  }

  /** The role that follows the task up in this case. */
  public UnitRole supervisorIn(VariableScope caseVariables) {
    return UnitRole.valueOf(DossierRoute.ROLE_VARIABLES.contains(escalatesTo)
        ? (String) caseVariables.getVariable(escalatesTo) : escalatesTo);
  }

  static Map<String, String> propertiesOf(ModelElementInstance element) {
    if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
      return Map.of();
    }
    ExtensionElements extensions = base.getExtensionElements();
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> property.getCamundaName() != null && property.getCamundaValue() != null)
        .collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue, (a, b) -> a));
  }

  private static String idOf(ModelElementInstance element) {
    return element instanceof BaseElement base ? base.getId() : String.valueOf(element);
  }
}
