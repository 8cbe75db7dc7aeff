package vn.learningcommunity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

@Entity
@Table(name = "indicator")
public class Indicator {

  @Id private String code;

  @Column(name = "criterion_code", nullable = false)
  private String criterionCode;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "indicator_type", nullable = false)
  private IndicatorType type;

  @Column(name = "max_value")
  private Integer maxValue;

  protected Indicator() {}

  public Indicator(String code, String criterionCode, int position, String title, IndicatorType type, Integer maxValue) {
    this.code = code;
    this.criterionCode = criterionCode;
    this.position = position;
    this.title = title;
    this.type = type;
    this.maxValue = maxValue;
  }

  public String getCode() {
    return code;
  }

  public String getCriterionCode() {
    return criterionCode;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public IndicatorType getType() {
    return type;
  }

  public Integer getMaxValue() {
    return maxValue;
  }

  /** The form field and DMN input of this indicator: {@code C4.2} becomes {@code c4_2}. */
  public String variable() {
    return code.toLowerCase(Locale.ROOT).replace('.', '_');
  }

  public boolean isComputed() {
    return type == IndicatorType.COMPUTED_PERCENT;
  }

  public boolean isQuantitative() {
    return type != IndicatorType.BOOLEAN;
  }
}
