package vn.learningcommunity.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.learningcommunity.deadline.Milestone;

@Entity
@Table(name = "campaign_milestone")
public class CampaignMilestone {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Milestone milestone;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  protected CampaignMilestone() {}

  CampaignMilestone(Milestone milestone, LocalDate dueOn) {
    this.milestone = milestone;
    this.dueOn = dueOn;
  }

  public Milestone getMilestone() {
    return milestone;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }
}
