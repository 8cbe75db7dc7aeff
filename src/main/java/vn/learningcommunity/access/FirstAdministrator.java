package vn.learningcommunity.access;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.learningcommunity.startup.StartUpData;

/**
 * Creates the first administrator (group {@code camunda-admin}, every permission) when that user
 * does not exist yet; an existing one is left as it is, whatever its password now. Outside the
 * embedded demo the application refuses to start without a user name and a strong password
 * ({@link AdministratorCredentialsCheck}).
 */
@Component
@Order(1)
class FirstAdministrator implements StartUpData {

  static final int MINIMUM_LENGTH = 12;
  private static final List<String> COMMON = List.of("password", "matkhau", "admin", "quantri", "123456", "qwerty", "demo",
      "camunda");

  private final AdministratorProperties administrator;
  private final IdentityService identity;
  private final AuthorizationService authorizations;

  FirstAdministrator(AdministratorProperties administrator, IdentityService identity, AuthorizationService authorizations) {
    this.administrator = administrator;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  /** Refuses a missing user or a weak password, saying what to set; never repeats the password. */
  static void requireStrong(AdministratorProperties administrator) {
    String user = administrator.user();
    String password = administrator.password();
    if (user == null || !user.matches("[a-zA-Z0-9]+")) {
      throw new AdministratorCredentialsException("Chưa đặt tên đăng nhập của quản trị viên đầu tiên (chỉ gồm chữ và số): "
          + "biến môi trường LEARNING_COMMUNITY_ADMIN_USER.");
    }
    if (password == null || password.isBlank()) {
      throw new AdministratorCredentialsException("Chưa đặt mật khẩu của quản trị viên đầu tiên: biến môi trường "
          + "LEARNING_COMMUNITY_ADMIN_PASSWORD.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    boolean weak = password.length() < MINIMUM_LENGTH
        || !password.chars().anyMatch(Character::isLetter)
        || !password.chars().anyMatch(Character::isDigit)
        || lower.contains(user.toLowerCase(Locale.ROOT))
        || COMMON.stream().anyMatch(lower::contains);
    if (weak) {
      throw new AdministratorCredentialsException("Mật khẩu quản trị viên (LEARNING_COMMUNITY_ADMIN_PASSWORD) quá yếu: cần ít nhất "
          + MINIMUM_LENGTH + " ký tự, có cả chữ và số, không chứa tên đăng nhập hay các từ dễ đoán (admin, password, demo…).");
    }
  }

  @Override
  public void ensure() {
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Quản trị hệ thống");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
      for (Resource resource : Resources.values()) {
        Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(Groups.CAMUNDA_ADMIN);
        all.setResource(resource);
        all.setResourceId(Authorization.ANY);
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
    if (identity.createUserQuery().userId(administrator.user()).count() == 0) {
      User user = identity.newUser(administrator.user());
      user.setFirstName(administrator.firstName() == null ? "Quản trị" : administrator.firstName());
      user.setLastName(administrator.lastName() == null ? "hệ thống" : administrator.lastName());
      user.setEmail(administrator.email());
      user.setPassword(administrator.password());
      identity.saveUser(user);
      identity.createMembership(administrator.user(), Groups.CAMUNDA_ADMIN);
    }
  }
}
