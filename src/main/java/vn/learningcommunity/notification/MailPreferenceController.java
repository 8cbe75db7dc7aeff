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

  record MailPreference(Boolean dailyDigest) {}

  private final IdentityService identity;

  MailPreferenceController(IdentityService identity) {
    this.identity = identity;
  }

  @GetMapping("/api/officials/me/mail")
  MailPreference current() {
    return new MailPreference(Outbox.DAILY.equals(identity.getUserInfo(caller(), Outbox.DIGEST_CHOICE)));
  }

  @PutMapping("/api/officials/me/mail")
  MailPreference choose(@RequestBody(required = false) MailPreference preference) {
    if (preference == null || preference.dailyDigest() == null) {
      throw new RejectedInputException("Cần cho biết có nhận thư tổng hợp hằng ngày hay không (dailyDigest: true hoặc false).");
    }
    String user = caller();
    if (preference.dailyDigest()) {
      identity.setUserInfo(user, Outbox.DIGEST_CHOICE, Outbox.DAILY);
    } else {
      identity.deleteUserInfo(user, Outbox.DIGEST_CHOICE);
    }
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
