package vn.learningcommunity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "assessment_answer")
public class AssessmentAnswer {

  /** From a sequence (migration 15), so that an assessment's answers are inserted in one JDBC batch. */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_answer_ids")
  @SequenceGenerator(name = "assessment_answer_ids", sequenceName = AnswerIdSequence.NAME,
      allocationSize = AnswerIdSequence.INCREMENT)
  private Long id;

  @Column(name = "indicator_code", nullable = false)
  private String indicatorCode;

  private Boolean met;

  @Column(name = "numeric_value")
  private BigDecimal numericValue;

  /** For an evaluation: whether the evaluators agreed with the self-assessed answer. */
  private Boolean agreed;

  private String note;

  protected AssessmentAnswer() {}

  AssessmentAnswer(IndicatorAnswer answer, Boolean agreed, String note) {
    this.indicatorCode = answer.indicator().getCode();
    this.met = answer.met();
    this.numericValue = answer.value();
    this.agreed = agreed;
    this.note = note;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public Boolean getMet() {
    return met;
  }

  public BigDecimal getNumericValue() {
    return numericValue;
  }

  public Boolean getAgreed() {
    return agreed;
  }

  public String getNote() {
    return note;
  }
}
