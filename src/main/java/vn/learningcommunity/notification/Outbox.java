package vn.learningcommunity.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.identity.AsSystem;

/**
 * Writes e-mail for the officials of some groups into the outbox, in the caller's transaction: one
 * message per person per event, only for officials with an e-mail address.
 */
@Service
class Outbox {

  static final int SUBJECT_LIMIT = 300;
  static final int BODY_LIMIT = 4000;

  private final OutboxRepository messages;
  private final IdentityService identity;
  private final MailPreferences preferences;
  private final Clock clock;

  Outbox(OutboxRepository messages, IdentityService identity, MailPreferences preferences, Clock clock) {
    this.messages = messages;
    this.identity = identity;
    this.preferences = preferences;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public int enqueue(String eventKey, Collection<String> groupIds, String subject, String body) {
    Map<String, String> recipients = new LinkedHashMap<>();
    AsSystem.call(identity, () -> {
      groupIds.forEach(group -> identity.createUserQuery().memberOfGroup(group).list().stream()
          .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
          .forEach(user -> recipients.putIfAbsent(user.getEmail().trim(), user.getId())));
      return null;
    });
    Set<String> digestReaders = preferences.dailyDigestAmong(recipients.values());
    int written = 0;
    for (Map.Entry<String, String> recipient : recipients.entrySet()) {
      if (!messages.existsByEventKeyAndRecipient(eventKey, recipient.getKey())) {
        messages.save(new OutboxMessage(eventKey, recipient.getKey(), recipient.getValue(), cut(subject, SUBJECT_LIMIT),
            cut(body, BODY_LIMIT), digestReaders.contains(recipient.getValue()), Instant.now(clock)));
        written++;
      }
    }
    return written;
  }

  private static String cut(String text, int limit) {
    return text.length() > limit ? text.substring(0, limit - 1) + "…" : text;
  }
}
