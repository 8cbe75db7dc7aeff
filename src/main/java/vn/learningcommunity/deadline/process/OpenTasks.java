package vn.learningcommunity.deadline.process;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The open tasks a deadline step of a version-1 diagram guards (input {@code taskDefinitionKey}).
 * Read inside the engine's command, they are its own task entities, so what is changed on them is saved.
 */
final class OpenTasks {

  private OpenTasks() {}

  static List<DelegateTask> of(TaskService tasks, DelegateExecution execution) {
    return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey((String) execution.getVariable("taskDefinitionKey")).list().stream()
        .map(DelegateTask.class::cast).toList();
  }
}
