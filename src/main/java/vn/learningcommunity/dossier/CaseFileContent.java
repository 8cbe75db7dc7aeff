package vn.learningcommunity.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The bytes of a {@link CaseFile}, read only when the file is downloaded. Its id is its file's, so
 * it tells Spring Data that it is new: otherwise saving it would first select it by that id.
 */
@Entity
@Table(name = "case_file_content")
class CaseFileContent implements Persistable<Long> {

  @Id
  @Column(name = "file_id")
  private Long fileId;

  @Column(nullable = false)
  private byte[] content;

  @Transient
  private boolean stored;

  protected CaseFileContent() {}

  CaseFileContent(Long fileId, byte[] content) {
    this.fileId = fileId;
    this.content = content;
  }

  byte[] getContent() {
    return content;
  }

  @Override
  public Long getId() {
    return fileId;
  }

  @Override
  public boolean isNew() {
    return !stored;
  }

  @PostLoad
  @PostPersist
  void stored() {
    stored = true;
  }
}
