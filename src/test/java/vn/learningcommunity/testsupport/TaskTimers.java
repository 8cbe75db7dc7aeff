package vn.learningcommunity.testsupport;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;

/** The timer job of a user task's timeout listener ({@code reminder} or {@code overdue}) in one process instance. */
public final class TaskTimers {

  public static final String REMINDER = "reminder";
  public static final String OVERDUE = "overdue";

  private TaskTimers() {}

  public static Job of(ManagementService management, String processInstanceId, String taskDefinitionKey, String listenerId) {
    // the engine names a timeout listener's job "<task>$taskListener~<listener id>"
    String configuration = taskDefinitionKey + "$taskListener~" + listenerId;
    return management.createJobQuery().processInstanceId(processInstanceId).activityId(taskDefinitionKey).list().stream()
        .filter(job -> configuration.equals(((JobEntity) job).getJobHandlerConfigurationRaw()))
        .findFirst().orElseThrow(() -> new AssertionError("no " + listenerId + " timer on " + taskDefinitionKey));
  }
}
