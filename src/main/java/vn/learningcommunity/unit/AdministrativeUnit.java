package vn.learningcommunity.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One province, district or commune from the official list. The parent is a code rather than an
 * association because the hierarchy is data: since July 2025 communes report directly to provinces.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "unit_type", nullable = false)
  private String type;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_level", nullable = false)
  private UnitLevel level;

  @Column(name = "parent_code")
  private String parentCode;

  protected AdministrativeUnit() {}

  public AdministrativeUnit(String code, String name, String type, UnitLevel level, String parentCode) {
    this.code = code;
    this.name = name;
    this.type = type;
    this.level = level;
    this.parentCode = parentCode;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getType() {
    return type;
  }

  public UnitLevel getLevel() {
    return level;
  }

  public String getParentCode() {
    return parentCode;
  }
}
