package vn.learningcommunity.identity;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Service;

/**
 * Creates the engine groups of (unit, role) and what they may do. Officials who work tasks get
 * Tasklist; the tasks themselves are granted through their candidate groups (TASK_WORK: claim,
 * complete, comment). Province coordinators also watch their own province's cases in Cockpit: the
 * definitions are shared by every province, the cases are granted one by one as they open
 * ({@link CaseVisibility}); they may start only the annual campaign. Idempotent: running it again
 * brings an existing group's grants to what is written here.
 */
@Service
public class GroupProvisioning {

  static final String CAMPAIGN_PROCESS = "annualCampaign";

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
      grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
      grant(groupId, Resources.PROCESS_DEFINITION, CAMPAIGN_PROCESS, Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
      grant(groupId, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
      grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
      grant(groupId, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
    }
    // every province's tasks were once readable by all coordinators; cases are now granted one by one
    revoke(groupId, Resources.TASK, Authorization.ANY);
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

  /** Grants exactly these permissions on the resource (an earlier, wider grant is narrowed). */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (hasExactly(authorization, permissions)) {
      return;
    }
    authorization.setPermissions(permissions);
    authorizations.saveAuthorization(authorization);
  }

  private static boolean hasExactly(Authorization authorization, Permission... permissions) {
    int wanted = Arrays.stream(permissions).mapToInt(Permission::getValue).reduce(0, (x, y) -> x | y);
    return ((AuthorizationEntity) authorization).getPermissions() == wanted;
  }

  private void revoke(String groupId, Resource resource, String resourceId) {
    authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list()
        .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
  }
}
