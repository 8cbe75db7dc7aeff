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
 * One line of the succession table of 1 July 2025: an old unit, with its name of the time, went
 * wholly ({@link Kind#FULL}) or partly ({@link Kind#PARTIAL}) into a new one.
 */
@Entity
@Table(name = "unit_succession")
public class UnitSuccession {

  public enum Kind { FULL, PARTIAL }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_level", nullable = false)
  private UnitLevel level;

  @Column(name = "old_code", nullable = false)
  private String oldCode;

  @Column(name = "old_name", nullable = false)
  private String oldName;

  @Column(name = "new_code", nullable = false)
  private String newCode;

  @Column(name = "new_name", nullable = false)
  private String newName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private LocalDate effective;

  protected UnitSuccession() {}

  public UnitLevel getLevel() {
    return level;
  }

  public String getOldCode() {
    return oldCode;
  }

  public String getOldName() {
    return oldName;
  }

  public String getNewCode() {
    return newCode;
  }

  public String getNewName() {
    return newName;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getEffective() {
    return effective;
  }
}
