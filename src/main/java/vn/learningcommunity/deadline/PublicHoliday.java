package vn.learningcommunity.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day off fixed by the government (Tết, national holidays); provisional until the year's decision is known. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

  /** The length of the name column. */
  public static final int NAME_LIMIT = 200;

  @Id
  @Column(name = "holiday_date")
  private LocalDate date;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean provisional;

  protected PublicHoliday() {}

  public PublicHoliday(LocalDate date, String name, boolean provisional) {
    this.date = date;
    this.name = name;
    this.provisional = provisional;
  }

  void rename(String newName, boolean nowProvisional) {
    this.name = newName;
    this.provisional = nowProvisional;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getName() {
    return name;
  }

  public boolean isProvisional() {
    return provisional;
  }
}
