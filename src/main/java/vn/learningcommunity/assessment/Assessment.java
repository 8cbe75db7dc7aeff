package vn.learningcommunity.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One recorded assessment of a case: the answers, the level the DMN gave them and why. */
@Entity
@Table(name = "assessment")
public class Assessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AssessmentKind kind;

  /** Who reviewed, where a dossier has several reviews (the Department, the provincial Association). */
  private String reviewer;

  @Column(nullable = false)
  private int round;

  @Column(nullable = false)
  private int level;

  @Column(name = "unmet_criteria")
  private String unmetCriteria;

  @Column(name = "review_meeting_date")
  private LocalDate reviewMeetingDate;

  private String summary;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
  @OrderBy("id")
  private List<AssessmentAnswer> answers = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
  @OrderBy("id")
  private List<AssessmentJustification> justifications = new ArrayList<>();

  protected Assessment() {}

  Assessment(Long caseId, AssessmentKind kind, String reviewer, int round, int level, String unmetCriteria, LocalDate reviewMeetingDate,
      String summary, String recordedBy, Instant recordedAt) {
    this.caseId = caseId;
    this.kind = kind;
    this.reviewer = reviewer;
    this.round = round;
    this.level = level;
    this.unmetCriteria = unmetCriteria;
    this.reviewMeetingDate = reviewMeetingDate;
    this.summary = summary;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void addAnswer(AssessmentAnswer answer) {
    answers.add(answer);
  }

  void addJustification(AssessmentJustification justification) {
    justifications.add(justification);
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public AssessmentKind getKind() {
    return kind;
  }

  public String getReviewer() {
    return reviewer;
  }

  public int getRound() {
    return round;
  }

  public int getLevel() {
    return level;
  }

  public String getUnmetCriteria() {
    return unmetCriteria;
  }

  public LocalDate getReviewMeetingDate() {
    return reviewMeetingDate;
  }

  public String getSummary() {
    return summary;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public List<AssessmentAnswer> getAnswers() {
    return answers;
  }

  public List<AssessmentJustification> getJustifications() {
    return justifications;
  }
}
