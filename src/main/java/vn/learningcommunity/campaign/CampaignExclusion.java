package vn.learningcommunity.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A district or commune left out of a campaign, and why (it still appears in reports, as excluded). */
@Entity
@Table(name = "campaign_exclusion")
public class CampaignExclusion {

  /** The length of the reason column. */
  public static final int REASON_LIMIT = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(nullable = false)
  private String reason;

  @Column(name = "excluded_by")
  private String excludedBy;

  @Column(name = "excluded_at", nullable = false)
  private Instant excludedAt;

  protected CampaignExclusion() {}

  CampaignExclusion(String unitCode, String reason, String excludedBy, Instant excludedAt) {
    this.unitCode = unitCode;
    this.reason = reason;
    this.excludedBy = excludedBy;
    this.excludedAt = excludedAt;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getReason() {
    return reason;
  }
}
