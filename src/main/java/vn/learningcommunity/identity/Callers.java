package vn.learningcommunity.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.learningcommunity.validation.AccessDeniedException;

/** What the logged-in user holds, for the application's own checks before it acts for them. */
public final class Callers {

  private Callers() {}

  /** Administrators pass; anyone else must belong to one of the groups (nulls are ignored), or is refused with the message. */
  public static void requireOneOf(Authentication caller, String refusal, String... groupIds) {
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    boolean allowed = isAdministrator(groups)
        || Arrays.stream(groupIds).filter(Objects::nonNull).anyMatch(groups::contains);
    if (!allowed) {
      throw new AccessDeniedException(refusal);
    }
  }

  public static boolean isAdministrator(List<String> groupIds) {
    return groupIds.contains(Groups.CAMUNDA_ADMIN);
  }

  /** The group of a role in a unit, or null when the code is not a unit code (so that it matches nobody). */
  public static String groupOf(UnitRole role, String unitCode) {
    return unitCode != null && unitCode.matches("[0-9]+") ? role.groupId(unitCode) : null;
  }
}
