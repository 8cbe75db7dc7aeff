package vn.learningcommunity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "assessment_justification")
public class AssessmentJustification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "criterion_code", nullable = false)
  private String criterionCode;

  @Column(nullable = false)
  private String justification;

  protected AssessmentJustification() {}

  AssessmentJustification(String criterionCode, String justification) {
    this.criterionCode = criterionCode;
    this.justification = justification;
  }

  public String getCriterionCode() {
    return criterionCode;
  }

  public String getJustification() {
    return justification;
  }
}
