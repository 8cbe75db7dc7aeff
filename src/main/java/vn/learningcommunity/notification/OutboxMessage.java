package vn.learningcommunity.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One e-mail to one official about one event, waiting in the outbox or sent. */
@Entity
@Table(name = "mail_outbox")
class OutboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_key", nullable = false)
  private String eventKey;

  @Column(nullable = false)
  private String recipient;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  /** Waits for the recipient's daily digest instead of going out on its own. */
  @Column(nullable = false)
  private boolean digest;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxMessage() {}

  OutboxMessage(String eventKey, String recipient, String userId, String subject, String body, boolean digest,
      Instant createdAt) {
    this.digest = digest;
    this.eventKey = eventKey;
    this.recipient = recipient;
    this.userId = userId;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
  }

  Long getId() {
    return id;
  }

  String getRecipient() {
    return recipient;
  }

  String getSubject() {
    return subject;
  }

  String getBody() {
    return body;
  }

  Instant getSentAt() {
    return sentAt;
  }
}
