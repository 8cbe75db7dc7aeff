package vn.learningcommunity.deadline;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import vn.learningcommunity.identity.UnitRole;

/**
 * The deadline a designer attaches to a user task in Modeler, as two properties of the task:
 * {@code deadline} (a {@link Milestone}: the date the task is due, from the province's calendar) and
 * {@code escalatesTo} (the {@link UnitRole} that follows the task up once it is overdue).
 */
public record TaskDeadline(Milestone milestone, UnitRole escalatesTo) {

  public static final String DEADLINE = "deadline";
  public static final String ESCALATES_TO = "escalatesTo";

  public static TaskDeadline of(ModelElementInstance element) {
    Map<String, String> properties = propertiesOf(element);
    String milestone = properties.get(DEADLINE);
    if (milestone == null) {
      throw new IllegalStateException("User task " + idOf(element) + " has no '" + DEADLINE + "' property");
    }
    String role = properties.get(ESCALATES_TO);
    return new TaskDeadline(Milestone.valueOf(milestone), role == null ? null : UnitRole.valueOf(role));
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
