package vn.learningcommunity.identity;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * Lets the coordinators of a province read that province's cases — and the campaign instances
 * above them — in Cockpit and through the API, and nobody else's: one grant per process instance,
 * running and historic, made when the case opens.
 */
@Service
public class CaseVisibility {

  private final GroupProvisioning provisioning;

  public CaseVisibility(GroupProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  public void showToCoordinators(DelegateExecution execution, String provinceCode) {
    for (DelegateExecution instance = execution.getProcessInstance(); instance != null;
        instance = instance.getSuperExecution() == null ? null : instance.getSuperExecution().getProcessInstance()) {
      showToCoordinators(instance.getId(), provinceCode);
    }
  }

  /** One process instance, without what is above it (an instance the application starts on its own). */
  public void showToCoordinators(String processInstanceId, String provinceCode) {
    String coordinators = UnitRole.PROVINCE_COORDINATOR.groupId(provinceCode);
    provisioning.grant(coordinators, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
    provisioning.grant(coordinators, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
        HistoricProcessInstancePermissions.READ);
  }
}
