package vn.learningcommunity.deadline;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import vn.learningcommunity.identity.CaseVisibility;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.unit.UnitLevel;

/**
 * The supervisor's follow-up of an overdue task: one {@value #PROCESS} instance per overdue task,
 * with the case's business key, ended by the message {@value #CASE_CLOSED} when the case ends (a
 * follow-up of a closed case has nothing left to chase).
 */
@Service
public class OverdueFollowUps {

  public static final String PROCESS = "overdueFollowUp";
  public static final String CASE_CLOSED = "caseClosed";
  static final String CASE_INSTANCE = "caseInstanceId";

  private final RuntimeService runtime;
  private final CaseVisibility visibility;

  public OverdueFollowUps(RuntimeService runtime, CaseVisibility visibility) {
    this.runtime = runtime;
    this.visibility = visibility;
  }

  /** The group that follows the task up: its {@code escalatesTo} role in the case's district or province. */
  public static String supervisorGroup(DelegateTask task, UnitRole supervisor) {
    return supervisor.groupId(supervisorUnit(task.getExecution(), supervisor));
  }

  public ProcessInstance open(DelegateTask task, TaskDeadline deadline) {
    DelegateExecution execution = task.getExecution();
    String provinceCode = (String) execution.getVariable("provinceCode");
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_INSTANCE, execution.getProcessInstanceId());
    variables.put("milestone", deadline.milestone().name());
    variables.put("overdueStep", task.getName());
    variables.put("unitName", execution.getVariable("unitName"));
    variables.put("evaluationYear", execution.getVariable("evaluationYear"));
    variables.put("provinceCode", provinceCode);
    UnitRole supervisor = deadline.supervisorIn(execution);
    variables.put("supervisorRole", supervisor.name());
    variables.put("supervisorUnitCode", supervisorUnit(execution, supervisor));
    ProcessInstance followUp = runtime.startProcessInstanceByKey(PROCESS, execution.getProcessBusinessKey(), variables);
    visibility.showToCoordinators(followUp.getId(), provinceCode);
    return followUp;
  }

  /** Called when a case ends, however it ends. */
  public void closeAll(DelegateExecution caseInstance) {
    runtime.createMessageCorrelation(CASE_CLOSED)
        .processInstanceVariableEquals(CASE_INSTANCE, caseInstance.getProcessInstanceId())
        .correlateAll();
  }

  private static String supervisorUnit(DelegateExecution execution, UnitRole supervisor) {
    String variable = supervisor.level() == UnitLevel.DISTRICT ? "districtCode" : "provinceCode";
    return (String) execution.getVariable(variable);
  }
}
