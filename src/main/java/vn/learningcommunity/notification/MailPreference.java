package vn.learningcommunity.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An official's choice of one daily digest instead of a message per event. */
@Entity
@Table(name = "mail_preference")
class MailPreference {

  @Id
  @Column(name = "user_id")
  private String userId;

  @Column(name = "daily_digest")
  private boolean dailyDigest;

  @Column(name = "chosen_at")
  private Instant chosenAt;

  protected MailPreference() {}

  MailPreference(String userId, boolean dailyDigest, Instant chosenAt) {
    this.userId = userId;
    this.dailyDigest = dailyDigest;
    this.chosenAt = chosenAt;
  }

  String getUserId() {
    return userId;
  }

  boolean isDailyDigest() {
    return dailyDigest;
  }

  void choose(boolean dailyDigest, Instant at) {
    this.dailyDigest = dailyDigest;
    this.chosenAt = at;
  }
}
