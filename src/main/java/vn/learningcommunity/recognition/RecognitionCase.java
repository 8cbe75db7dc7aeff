package vn.learningcommunity.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.NaturalId;
import java.time.LocalDate;
import vn.learningcommunity.unit.UnitLevel;
import java.util.Optional;
import vn.learningcommunity.identity.UnitRole;

/** One unit's recognition case for one evaluation year, mirrored from its process instance. */
@Entity
@Table(name = "recognition_case")
public class RecognitionCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NaturalId
  @Column(name = "business_key", nullable = false, unique = true)
  private String businessKey;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_level", nullable = false)
  private UnitLevel unitLevel;

  @Column(name = "evaluation_year", nullable = false)
  private int evaluationYear;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "decider_role")
  private String deciderRole;

  @Column(name = "decider_unit_code")
  private String deciderUnitCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  @Column(name = "self_assessed_level")
  private Integer selfAssessedLevel;

  @Column(name = "applied_level")
  private Integer appliedLevel;

  @Column(name = "evaluated_level")
  private Integer evaluatedLevel;

  @Column(name = "submission_round", nullable = false)
  private int submissionRound;

  @Column(name = "dossier_submitted_on")
  private LocalDate dossierSubmittedOn;

  @Column(nullable = false)
  private boolean overdue;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closing_note")
  private String closingNote;

  protected RecognitionCase() {}

  public RecognitionCase(String businessKey, String unitCode, UnitLevel unitLevel, int evaluationYear,
      String processInstanceId, Instant openedAt) {
    this.businessKey = businessKey;
    this.unitCode = unitCode;
    this.unitLevel = unitLevel;
    this.evaluationYear = evaluationYear;
    this.processInstanceId = processInstanceId;
    this.openedAt = openedAt;
    this.status = CaseStatus.SELF_ASSESSMENT;
  }

  public static String businessKey(String unitCode, int evaluationYear) {
    return unitCode + "-" + evaluationYear;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void selfAssessed(int level) {
    this.selfAssessedLevel = level;
  }

  void submitDossier(int appliedLevel, LocalDate submittedOn) {
    this.appliedLevel = appliedLevel;
    this.dossierSubmittedOn = submittedOn;
    this.submissionRound++;
    this.status = CaseStatus.DOSSIER_SUBMITTED;
  }

  void returnDossier() {
    this.status = CaseStatus.RETURNED;
  }

  void evaluated(int level) {
    this.evaluatedLevel = level;
  }

  void markOverdue() {
    this.overdue = true;
  }

  void close(CaseStatus finalStatus, String note, Instant at) {
    this.status = finalStatus;
    this.closingNote = note;
    this.closedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public UnitLevel getUnitLevel() {
    return unitLevel;
  }

  public int getEvaluationYear() {
    return evaluationYear;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public Integer getSelfAssessedLevel() {
    return selfAssessedLevel;
  }

  public Integer getAppliedLevel() {
    return appliedLevel;
  }

  public Integer getEvaluatedLevel() {
    return evaluatedLevel;
  }

  public int getSubmissionRound() {
    return submissionRound;
  }

  public LocalDate getDossierSubmittedOn() {
    return dossierSubmittedOn;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosingNote() {
    return closingNote;
  }

  /** Who decides this case, as the route said when it opened. */
  void decidedBy(DecidingAuthority authority) {
    this.deciderRole = authority.role().name();
    this.deciderUnitCode = authority.unitCode();
  }

  /** Who decides this case, if it was recorded when the case opened (cases opened before V9 have none). */
  public Optional<DecidingAuthority> getDecidingAuthority() {
    return deciderRole == null ? Optional.empty()
        : Optional.of(new DecidingAuthority(UnitRole.valueOf(deciderRole), deciderUnitCode));
  }
}
