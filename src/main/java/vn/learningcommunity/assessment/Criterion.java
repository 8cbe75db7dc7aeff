package vn.learningcommunity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import vn.learningcommunity.unit.UnitLevel;

@Entity
@Table(name = "criterion")
public class Criterion {

  @Id private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_level", nullable = false)
  private UnitLevel unitLevel;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  protected Criterion() {}

  public String getCode() {
    return code;
  }

  public UnitLevel getUnitLevel() {
    return unitLevel;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  /** The form field holding the assessors' justification of this criterion, e.g. {@code c1Justification}. */
  public String justificationVariable() {
    return code.toLowerCase(Locale.ROOT) + "Justification";
  }
}
