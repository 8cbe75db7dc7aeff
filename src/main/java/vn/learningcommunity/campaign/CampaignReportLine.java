package vn.learningcommunity.campaign;

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

@Entity
@Table(name = "campaign_report_line")
public class CampaignReportLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private int position;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "unit_name", nullable = false)
  private String unitName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportLineStatus status;

  private Integer level;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  private String note;

  /** Null for a line of the report as it was made; set for a later result added to it. */
  @Column(name = "added_at")
  private Instant addedAt;

  protected CampaignReportLine() {}

  CampaignReportLine(int position, String unitCode, String unitName, ReportLineStatus status, Integer level,
      String decisionNumber, LocalDate decisionDate, String note) {
    this.position = position;
    this.unitCode = unitCode;
    this.unitName = unitName;
    this.status = status;
    this.level = level;
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.note = note;
  }

  public int getPosition() {
    return position;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getUnitName() {
    return unitName;
  }

  public ReportLineStatus getStatus() {
    return status;
  }

  public Integer getLevel() {
    return level;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getNote() {
    return note;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public boolean isAddedLater() {
    return addedAt != null;
  }

  CampaignReportLine addedAt(int newPosition, Instant moment) {
    this.position = newPosition;
    this.addedAt = moment;
    return this;
  }
}
