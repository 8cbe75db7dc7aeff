package vn.learningcommunity.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Creates the engine groups of (unit, role) and what they may do. Officials who work tasks get
 * Tasklist; the tasks themselves are granted through their candidate groups. Province coordinators
 * also watch every case in Cockpit. Idempotent.
 */
@Service
public class GroupProvisioning {

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  public GroupProvisioning(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  public String ensureGroup(UnitRole role, String unitCode, String unitName) {
    String groupId = role.groupId(unitCode);
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identity.newGroup(groupId);
      group.setName(role.groupName(unitName));
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(groupId, Resources.FILTER, Authorization.ANY, Permissions.READ);
    if (role == UnitRole.PROVINCE_COORDINATOR) {
      grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY,
          Permissions.READ_INSTANCE, Permissions.READ_TASK, Permissions.CREATE_INSTANCE);
      grant(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ, Permissions.CREATE);
      grant(groupId, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY);
      grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
      grant(groupId, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
      grant(groupId, Resources.TASK, Authorization.ANY, Permissions.READ);
    }
    return groupId;
  }

  public void ensureUser(String userId, String firstName, String lastName, String password, String... groupIds) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(password);
      identity.saveUser(user);
    }
    for (String groupId : groupIds) {
      if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identity.createMembership(userId, groupId);
      }
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    boolean granted = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
    if (granted) {
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
