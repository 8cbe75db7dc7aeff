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
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import vn.learningcommunity.unit.UnitLevel;

/** An entry in the register of recognitions: a decision that a unit is a learning community at a level. */
@Entity
@Table(name = "recognition")
public class Recognition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_level", nullable = false)
  private UnitLevel unitLevel;

  @Column(name = "evaluation_year", nullable = false)
  private int evaluationYear;

  @Column(nullable = false)
  private int level;

  @Column(name = "decision_number", nullable = false)
  private String decisionNumber;

  @Column(name = "decision_date", nullable = false)
  private LocalDate decisionDate;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "case_business_key", nullable = false)
  private String caseBusinessKey;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  protected Recognition() {}

  public Recognition(String unitCode, UnitLevel unitLevel, int evaluationYear, int level, String decisionNumber,
      LocalDate decisionDate, LocalDate validUntil, String caseBusinessKey, Instant publishedAt) {
    this.unitCode = unitCode;
    this.unitLevel = unitLevel;
    this.evaluationYear = evaluationYear;
    this.level = level;
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.validUntil = validUntil;
    this.caseBusinessKey = caseBusinessKey;
    this.publishedAt = publishedAt;
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

  public int getLevel() {
    return level;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public String getCaseBusinessKey() {
    return caseBusinessKey;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  /**
   * The recognition a unit holds in a year among the given ones of that unit: the latest of that
   * year or before, if still valid then (a later recognition replaces an earlier one, even at a
   * lower level).
   */
  static Optional<Recognition> heldIn(Collection<Recognition> ofOneUnit, int year) {
    return ofOneUnit.stream()
        .filter(r -> r.getEvaluationYear() <= year)
        .max(Comparator.comparing(Recognition::getEvaluationYear))
        .filter(r -> r.getValidUntil().getYear() >= year);
  }
}
