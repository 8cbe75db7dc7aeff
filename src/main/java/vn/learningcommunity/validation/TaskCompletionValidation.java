package vn.learningcommunity.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The {@code complete} listener of every user task ({@code delegateExpression="${taskValidation}"}):
 * finds the validator of the task's form and rejects the completion, rolling it back, when the
 * submitted values break a rule.
 */
@Component("taskValidation")
public class TaskCompletionValidation implements TaskListener {

  private final Map<String, TaskInputValidator> validatorsByForm = new HashMap<>();

  public TaskCompletionValidation(List<TaskInputValidator> validators) {
    for (TaskInputValidator validator : validators) {
      for (String formId : validator.formIds()) {
        if (validatorsByForm.put(formId, validator) != null) {
          throw new IllegalStateException("Two validators for form " + formId);
        }
      }
    }
  }

  @Override
  public void notify(DelegateTask task) {
    String formId = formId(task);
    TaskInputValidator validator = validatorsByForm.get(formId);
    if (validator == null) {
      throw new IllegalStateException("No server-side validator for form '" + formId + "' of task "
          + task.getTaskDefinitionKey());
    }
    TaskInput input = new TaskInput(task.getVariables());
    validator.validate(formId, input);
    input.throwIfInvalid();
  }

  public boolean hasValidatorFor(String formId) {
    return validatorsByForm.containsKey(formId);
  }

  private static String formId(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    if (userTask != null && userTask.getCamundaFormRef() != null) {
      return userTask.getCamundaFormRef();
    }
    throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no camunda:formRef");
  }
}
