package vn.learningcommunity.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One province, district or commune from an official list, with the period it was in force and
 * its name of that time. The parent is a code rather than an association because the hierarchy is
 * data: since July 2025 communes report directly to provinces. The same code may name different
 * units in different periods (Xã Xuân Bắc 26428 took in Xã Suối Nho on 1 July 2025).
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "unit_type", nullable = false)
  private String type;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_level", nullable = false)
  private UnitLevel level;

  @Column(name = "parent_code")
  private String parentCode;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  /** Null while the unit is in force. */
  @Column(name = "valid_to")
  private LocalDate validTo;

  protected AdministrativeUnit() {}

  public AdministrativeUnit(String code, String name, String type, UnitLevel level, String parentCode, LocalDate validFrom,
      LocalDate validTo) {
    this.code = code;
    this.name = name;
    this.type = type;
    this.level = level;
    this.parentCode = parentCode;
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  /** The name without its kind, as a place is written before a date: "Tỉnh Đồng Nai" → "Đồng Nai". */
  public String shortName() {
    return type != null && name.startsWith(type + " ") ? name.substring(type.length() + 1) : name;
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

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }
}
