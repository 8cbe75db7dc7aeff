package vn.learningcommunity.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.learningcommunity.identity.AsSystem;
import vn.learningcommunity.validation.FormFields;

/**
 * What the guard reads from the engine as the application, outside the caller's authorizations:
 * tasks, process definitions and the forms their tasks show — the latest deployed version of each
 * form ({@code formRefBinding="latest"}, so that a form or a diagram a designer deploys alone is
 * used at once), read again only after a new deployment — and the one thing it does for an
 * official: giving back a task they hold, which the engine ties to the right to assign tasks to anyone.
 */
@Component
class EngineAsApplication {

  private final TaskService tasks;
  private final RepositoryService repository;
  private final FormService formService;
  private final IdentityService identity;
  private final Map<String, FormFields> byDefinitionAndTask = new ConcurrentHashMap<>();
  private volatile String readAfter = "";

  EngineAsApplication(TaskService tasks, RepositoryService repository, FormService formService, IdentityService identity) {
    this.tasks = tasks;
    this.repository = repository;
    this.formService = formService;
    this.identity = identity;
  }

  Task task(String taskId) {
    return AsSystem.call(identity, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
  }

  void giveBack(String taskId) {
    AsSystem.call(identity, () -> {
      tasks.setAssignee(taskId, null);
      return null;
    });
  }

  /** By key (the latest version, as the engine starts it) or by id; null when there is none. */
  ProcessDefinition definition(String key, String id) {
    return AsSystem.call(identity, () -> key != null
        ? repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().withoutTenantId().singleResult()
        : repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult());
  }

  FormFields ofTask(Task task) {
    return byDefinitionAndTask.computeIfAbsent(
        latestDeployment() + "#" + task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        cacheKey -> AsSystem.call(identity, () -> read(() -> formService.getDeployedTaskForm(task.getId()))));
  }

  FormFields ofStart(ProcessDefinition definition) {
    return byDefinitionAndTask.computeIfAbsent(latestDeployment() + "#" + definition.getId() + "#start",
        cacheKey -> AsSystem.call(identity, () -> read(() -> formService.getDeployedStartForm(definition.getId()))));
  }

  /** Any deployment may bring a newer form; what was read before it is not used again. */
  private String latestDeployment() {
    String latest = AsSystem.call(identity, () -> repository.createDeploymentQuery().orderByDeploymentTime().desc()
        .orderByDeploymentId().desc().listPage(0, 1).stream().findFirst().map(Deployment::getId).orElse(""));
    if (!latest.equals(readAfter)) {
      byDefinitionAndTask.clear();
      readAfter = latest;
    }
    return latest;
  }

  private static FormFields read(Supplier<InputStream> form) {
    try (InputStream content = form.get()) {
      return FormFields.parse(content);
    } catch (BadUserRequestException e) {
      return FormFields.none(); // no form: nothing may be submitted
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
