package vn.learningcommunity.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a {@link CaseFile}, read only when the file is downloaded. */
@Entity
@Table(name = "case_file_content")
class CaseFileContent {

  @Id
  @Column(name = "file_id")
  private Long fileId;

  @Column(nullable = false)
  private byte[] content;

  protected CaseFileContent() {}

  CaseFileContent(Long fileId, byte[] content) {
    this.fileId = fileId;
    this.content = content;
  }

  byte[] getContent() {
    return content;
  }
}
