package vn.learningcommunity.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of a case's dossier, described; its bytes are a {@link CaseFileContent} of the same id. */
@Entity
@Table(name = "case_file")
public class CaseFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_business_key", nullable = false)
  private String caseBusinessKey;

  @Column(name = "submission_round", nullable = false)
  private int submissionRound;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseFileKind kind;

  @Column(nullable = false)
  private int version;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "added_by", nullable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected CaseFile() {}

  CaseFile(String caseBusinessKey, int submissionRound, CaseFileKind kind, int version, String fileName, String mediaType,
      long sizeBytes, String sha256, String addedBy, Instant addedAt) {
    this.caseBusinessKey = caseBusinessKey;
    this.submissionRound = submissionRound;
    this.kind = kind;
    this.version = version;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  public Long getId() {
    return id;
  }

  public String getCaseBusinessKey() {
    return caseBusinessKey;
  }

  public int getSubmissionRound() {
    return submissionRound;
  }

  public CaseFileKind getKind() {
    return kind;
  }

  public int getVersion() {
    return version;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
