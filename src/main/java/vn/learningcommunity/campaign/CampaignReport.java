package vn.learningcommunity.campaign;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A report as it was produced: a snapshot of every unit's standing at that moment. */
@Entity
@Table(name = "campaign_report")
public class CampaignReport {

  /** Why the report was produced when it was. */
  public enum Trigger { DEADLINE, ALL_DECIDED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportKind kind;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "produced_by", nullable = false)
  private Trigger producedBy;

  @Column(name = "produced_at", nullable = false)
  private Instant producedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "report_id", nullable = false, updatable = false)
  @OrderBy("position")
  private List<CampaignReportLine> lines = new ArrayList<>();

  protected CampaignReport() {}

  CampaignReport(Long campaignId, ReportKind kind, String unitCode, Trigger producedBy, Instant producedAt) {
    this.campaignId = campaignId;
    this.kind = kind;
    this.unitCode = unitCode;
    this.producedBy = producedBy;
    this.producedAt = producedAt;
  }

  void add(CampaignReportLine line) {
    lines.add(line);
  }

  /**
   * A unit that was pending when the report was made and has a result now: its result is added as
   * a line of its own (the snapshot is never changed); false when the unit was not pending or its
   * later result is already there.
   */
  boolean addLater(CampaignReportLine result, Instant now) {
    boolean wasPending = lines.stream().anyMatch(line -> !line.isAddedLater()
        && line.getUnitCode().equals(result.getUnitCode()) && line.getStatus().isPending());
    boolean alreadyAdded = lines.stream().anyMatch(line -> line.isAddedLater() && line.getUnitCode().equals(result.getUnitCode()));
    if (!wasPending || alreadyAdded || result.getStatus().isPending()) {
      return false;
    }
    lines.add(result.addedAt(lines.size() + 1, now));
    return true;
  }

  /** Units without a result when the report was made and still without one. */
  public long pendingCount() {
    return lines.stream().filter(line -> !line.isAddedLater() && line.getStatus().isPending())
        .filter(line -> lines.stream().noneMatch(later -> later.isAddedLater() && later.getUnitCode().equals(line.getUnitCode())))
        .count();
  }

  public long laterResultCount() {
    return lines.stream().filter(CampaignReportLine::isAddedLater).count();
  }

  public Long getId() {
    return id;
  }

  public ReportKind getKind() {
    return kind;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Trigger getProducedBy() {
    return producedBy;
  }

  public Instant getProducedAt() {
    return producedAt;
  }

  public List<CampaignReportLine> getLines() {
    return lines;
  }
}
