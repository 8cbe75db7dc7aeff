package vn.learningcommunity.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder or escalation sent to a group about one deadline of one case. */
@Entity
@Table(name = "deadline_notification")
public class DeadlineNotification {

  public enum Kind { REMINDER, ESCALATION }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_business_key", nullable = false)
  private String caseBusinessKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Milestone milestone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "recipient_group", nullable = false)
  private String recipientGroup;

  @Column(name = "task_definition_key")
  private String taskDefinitionKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected DeadlineNotification() {}

  public DeadlineNotification(String caseBusinessKey, Milestone milestone, Kind kind, String recipientGroup,
      String taskDefinitionKey, Instant createdAt) {
    this.caseBusinessKey = caseBusinessKey;
    this.milestone = milestone;
    this.kind = kind;
    this.recipientGroup = recipientGroup;
    this.taskDefinitionKey = taskDefinitionKey;
    this.createdAt = createdAt;
  }

  public String getCaseBusinessKey() {
    return caseBusinessKey;
  }

  public Milestone getMilestone() {
    return milestone;
  }

  public Kind getKind() {
    return kind;
  }

  public String getRecipientGroup() {
    return recipientGroup;
  }

  public String getTaskDefinitionKey() {
    return taskDefinitionKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
