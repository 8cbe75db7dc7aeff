package vn.learningcommunity.access;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Who is asking for one of the application's own pages: an official already logged into Tasklist
 * (the webapp session, so that a link from a task opens without a second login), or a client
 * sending HTTP Basic, checked against the engine's users.
 */
@Component
public class PageCaller {

  private final IdentityService identity;

  PageCaller(IdentityService identity) {
    this.identity = identity;
  }

  public Optional<Caller> of(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(header.substring(6).trim());
    }
    return Caller.of(request, identity);
  }

  private Optional<Caller> basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String user = decoded.substring(0, colon);
    if (!identity.checkPassword(user, decoded.substring(colon + 1))) {
      return Optional.empty();
    }
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    return Optional.of(new Caller(user, groups));
  }
}
