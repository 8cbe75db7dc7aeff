package vn.learningcommunity.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who chose a daily digest. */
@Service
class MailPreferences {

  private final MailPreferenceRepository preferences;
  private final Clock clock;

  MailPreferences(MailPreferenceRepository preferences, Clock clock) {
    this.preferences = preferences;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean dailyDigest(String userId) {
    return preferences.findById(userId).map(MailPreference::isDailyDigest).orElse(false);
  }

  @Transactional(readOnly = true)
  public Set<String> dailyDigestAmong(Collection<String> userIds) {
    return preferences.findAllById(userIds).stream().filter(MailPreference::isDailyDigest)
        .map(MailPreference::getUserId).collect(Collectors.toSet());
  }

  /** Stores the choice; the first choice of two sent at once wins, the other is refused as a conflict (409). */
  @Transactional
  public void choose(String userId, boolean dailyDigest) {
    Instant now = Instant.now(clock);
    preferences.findById(userId).ifPresentOrElse(existing -> existing.choose(dailyDigest, now),
        () -> preferences.saveAndFlush(new MailPreference(userId, dailyDigest, now)));
  }
}
