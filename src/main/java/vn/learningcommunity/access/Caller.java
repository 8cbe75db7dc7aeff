package vn.learningcommunity.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import vn.learningcommunity.identity.Callers;

/**
 * Who sends a request: HTTP Basic on {@code /engine-rest} and the application's API, the webapp
 * login (Tasklist's session) on Tasklist's API and on the application's pages.
 */
public record Caller(String userId, List<String> groupIds) {

  private static final String ENGINE = "default";

  public boolean isAdministrator() {
    return Callers.isAdministrator(groupIds);
  }

  public static Optional<Caller> of(HttpServletRequest request, IdentityService identity) {
    Authentication basic = identity.getCurrentAuthentication();
    if (basic != null && basic.getUserId() != null) {
      return Optional.of(new Caller(basic.getUserId(), basic.getGroupIds() == null ? List.of() : basic.getGroupIds()));
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
    if (logins != null && logins.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication login) {
      return Optional.of(new Caller(login.getIdentityId(), login.getGroupIds() == null ? List.of() : login.getGroupIds()));
    }
    return Optional.empty();
  }
}
