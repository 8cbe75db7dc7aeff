package vn.learningcommunity.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.learningcommunity.unit.UnitLevel;

/** A target of a province's plan: a share of its units recognised at a level or higher by a year. */
@Entity
@Table(name = "plan_target")
public class PlanTarget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "province_code", nullable = false)
  private String provinceCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_level", nullable = false)
  private UnitLevel unitLevel;

  @Column(name = "target_year", nullable = false)
  private int targetYear;

  @Column(nullable = false)
  private int level;

  @Column(name = "share_percent", nullable = false)
  private BigDecimal sharePercent;

  /** "more than 80 %" rather than "at least". */
  @Column(name = "strictly_more", nullable = false)
  private boolean strictlyMore;

  @Column(nullable = false)
  private String wording;

  protected PlanTarget() {}

  public boolean isMetBy(BigDecimal actualPercent) {
    int comparison = actualPercent.compareTo(sharePercent);
    return strictlyMore ? comparison > 0 : comparison >= 0;
  }

  public UnitLevel getUnitLevel() {
    return unitLevel;
  }

  public int getTargetYear() {
    return targetYear;
  }

  public int getLevel() {
    return level;
  }

  public BigDecimal getSharePercent() {
    return sharePercent;
  }

  public boolean isStrictlyMore() {
    return strictlyMore;
  }

  public String getWording() {
    return wording;
  }
}
