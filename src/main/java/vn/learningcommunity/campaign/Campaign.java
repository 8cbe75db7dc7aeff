package vn.learningcommunity.campaign;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.learningcommunity.deadline.Milestone;

/** The yearly campaign of one province: its calendar and the units it leaves out. */
@Entity
@Table(name = "campaign")
public class Campaign {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_key", nullable = false, unique = true)
  private String businessKey;

  @Column(name = "province_code", nullable = false)
  private String provinceCode;

  @Column(name = "evaluation_year", nullable = false)
  private int evaluationYear;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "opened_by")
  private String openedBy;

  @Column(name = "opened_on", nullable = false)
  private LocalDate openedOn;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
  private List<CampaignMilestone> milestones = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
  private List<CampaignExclusion> exclusions = new ArrayList<>();

  protected Campaign() {}

  Campaign(String provinceCode, int evaluationYear, String openedBy, LocalDate openedOn, Instant openedAt) {
    this.businessKey = businessKey(provinceCode, evaluationYear);
    this.provinceCode = provinceCode;
    this.evaluationYear = evaluationYear;
    this.openedBy = openedBy;
    this.openedOn = openedOn;
    this.openedAt = openedAt;
  }

  public static String businessKey(String provinceCode, int evaluationYear) {
    return provinceCode + "-" + evaluationYear;
  }

  void schedule(Milestone milestone, LocalDate dueOn) {
    milestones.add(new CampaignMilestone(milestone, dueOn));
  }

  void exclude(String unitCode, String reason, String excludedBy, Instant at) {
    exclusions.add(new CampaignExclusion(unitCode, reason, excludedBy, at));
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Optional<LocalDate> dueOn(Milestone milestone) {
    return milestones.stream().filter(m -> m.getMilestone() == milestone).map(CampaignMilestone::getDueOn).findFirst();
  }

  public Optional<CampaignExclusion> exclusionOf(String unitCode) {
    return exclusions.stream().filter(e -> e.getUnitCode().equals(unitCode)).findFirst();
  }

  public Long getId() {
    return id;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public int getEvaluationYear() {
    return evaluationYear;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public List<CampaignMilestone> getMilestones() {
    return milestones;
  }

  public List<CampaignExclusion> getExclusions() {
    return exclusions;
  }
}
