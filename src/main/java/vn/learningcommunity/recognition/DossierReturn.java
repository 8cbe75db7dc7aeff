package vn.learningcommunity.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dossier sent back to the commune by the District Education Office, with its reasons. */
@Entity
@Table(name = "dossier_return")
public class DossierReturn {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(nullable = false)
  private int round;

  @Column(nullable = false)
  private String reasons;

  @Column(name = "returned_by")
  private String returnedBy;

  @Column(name = "returned_at", nullable = false)
  private Instant returnedAt;

  protected DossierReturn() {}

  public DossierReturn(Long caseId, int round, String reasons, String returnedBy, Instant returnedAt) {
    this.caseId = caseId;
    this.round = round;
    this.reasons = reasons;
    this.returnedBy = returnedBy;
    this.returnedAt = returnedAt;
  }

  public int getRound() {
    return round;
  }

  public String getReasons() {
    return reasons;
  }

  public String getReturnedBy() {
    return returnedBy;
  }

  public Instant getReturnedAt() {
    return returnedAt;
  }
}
