package vn.learningcommunity.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.learningcommunity.validation.AccessDeniedException;
import vn.learningcommunity.validation.RejectedInputException;

/**
 * An official chooses how they hear of their work: a message for each event, or one daily digest
 * ({@code PUT /api/officials/me/mail {"dailyDigest": true}}).
 */
@RestController
class MailPreferenceController {

  record Choice(Boolean dailyDigest) {}

  private final IdentityService identity;
  private final MailPreferences preferences;

  MailPreferenceController(IdentityService identity, MailPreferences preferences) {
    this.identity = identity;
    this.preferences = preferences;
  }

  @GetMapping("/api/officials/me/mail")
  Choice current() {
    return new Choice(preferences.dailyDigest(caller()));
  }

  @PutMapping("/api/officials/me/mail")
  Choice choose(@RequestBody(required = false) Choice choice) {
    if (choice == null || choice.dailyDigest() == null) {
      throw new RejectedInputException("Cần cho biết có nhận thư tổng hợp hằng ngày hay không (dailyDigest: true hoặc false).");
    }
    preferences.choose(caller(), choice.dailyDigest());
    return current();
  }

  private String caller() {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new AccessDeniedException("Hãy đăng nhập.");
    }
    return authentication.getUserId();
  }
}
