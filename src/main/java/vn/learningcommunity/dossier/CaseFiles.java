package vn.learningcommunity.dossier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.learningcommunity.access.Caller;
import vn.learningcommunity.recognition.CaseStatus;
import vn.learningcommunity.recognition.DossierMinutes;
import vn.learningcommunity.recognition.RecognitionCase;
import vn.learningcommunity.recognition.RecognitionCases;
import vn.learningcommunity.validation.AccessDeniedException;
import vn.learningcommunity.validation.ConflictException;
import vn.learningcommunity.validation.NotFoundException;
import vn.learningcommunity.validation.RejectedInputException;

/**
 * The files of a case's dossier, stored in the database with their SHA-256: the documents the
 * system generates, and the minutes and evidence officials attach while they hold a step of the case.
 * Files belong to the case, not to a task or a process variable, so none is lost when a dossier is
 * returned, a job retried or a process migrated; each is kept with the submission round it belongs to.
 */
@Service
public class CaseFiles implements DossierMinutes {

  /** Files officials attach; the others are generated. */
  static final Set<CaseFileKind> ATTACHABLE = EnumSet.of(CaseFileKind.MINUTES, CaseFileKind.EVIDENCE);
  private static final Set<CaseStatus> FINAL = EnumSet.of(CaseStatus.RECOGNISED, CaseStatus.REFUSED,
      CaseStatus.NOT_APPLYING, CaseStatus.SELF_ASSESSED_NOT_MET);
  static final int NAME_LIMIT = 200;

  /** A file and its bytes. */
  public record Download(CaseFile file, byte[] content) {}

  private final CaseFileRepository files;
  private final CaseFileContentRepository contents;
  private final RecognitionCases cases;
  private final CaseParticipants participants;
  private final FileTypes types;
  private final DataSize maxSize;
  private final Clock clock;

  CaseFiles(CaseFileRepository files, CaseFileContentRepository contents, RecognitionCases cases,
      CaseParticipants participants, FileTypes types, @Value("${learning-community.files.max-size:10MB}") DataSize maxSize,
      Clock clock) {
    this.files = files;
    this.contents = contents;
    this.cases = cases;
    this.participants = participants;
    this.types = types;
    this.maxSize = maxSize;
    this.clock = clock;
  }

  /**
   * Attaches a file an official sends: only someone who holds an open step of the case, only while
   * the case is open, only a kind of file accepted by its content and within the size limit.
   * Anything refused stores nothing.
   */
  @Transactional
  public CaseFile attach(String businessKey, CaseFileKind kind, String fileName, byte[] content, Caller caller) {
    RecognitionCase recognitionCase = require(businessKey);
    if (!participants.holdsAnOpenTask(caller, recognitionCase)) {
      throw new AccessDeniedException("Chỉ người đang xử lý một bước của hồ sơ " + businessKey
          + " mới được đính kèm tệp vào hồ sơ.");
    }
    if (FINAL.contains(recognitionCase.getStatus())) {
      throw new RejectedInputException("Hồ sơ " + businessKey + " đã kết thúc; không đính kèm thêm tệp.");
    }
    if (kind == null || !ATTACHABLE.contains(kind)) {
      throw new RejectedInputException("Chọn loại tệp: biên bản họp hoặc minh chứng.");
    }
    String name = cleanName(fileName);
    if (content == null || content.length == 0) {
      throw new RejectedInputException("Tệp \"" + name + "\" rỗng; hãy chọn lại tệp.");
    }
    if (content.length > maxSize.toBytes()) {
      throw new RejectedInputException("Tệp \"" + name + "\" lớn quá " + maxSize.toMegabytes() + " MB; hãy nén hoặc chia nhỏ.");
    }
    String mediaType = types.acceptedTypeOf(content, name).orElseThrow(() -> new RejectedInputException(
        "Chỉ nhận tệp " + FileTypes.acceptedNames() + "; nội dung của tệp \"" + name
            + "\" không phải là một trong các loại đó (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp)."));
    return store(businessKey, preparingRound(recognitionCase), kind, name, mediaType, content, caller.userId());
  }

  /** Stores a document the system generated for a submission round, as the next version of its kind. */
  @Transactional
  public CaseFile storeGenerated(String businessKey, int round, CaseFileKind kind, String fileName, String mediaType,
      byte[] content) {
    return store(businessKey, round, kind, fileName, mediaType, content, "hệ thống");
  }

  @Transactional(readOnly = true)
  public boolean isGenerated(String businessKey, int round, CaseFileKind kind) {
    return files.existsByCaseBusinessKeyAndKindAndSubmissionRound(businessKey, kind, round);
  }

  /** The files of a case, for someone who may see it. */
  @Transactional(readOnly = true)
  public List<CaseFile> list(String businessKey, Caller caller) {
    requireMaySee(require(businessKey), caller);
    return files.findByCaseBusinessKeyOrderByKindAscVersionAsc(businessKey);
  }

  /** One file with its bytes, for someone who may see its case. */
  @Transactional(readOnly = true)
  public Download download(String businessKey, long fileId, Caller caller) {
    RecognitionCase recognitionCase = require(businessKey);
    requireMaySee(recognitionCase, caller);
    CaseFile file = files.findById(fileId).filter(f -> f.getCaseBusinessKey().equals(businessKey))
        .orElseThrow(() -> new NotFoundException("Hồ sơ " + businessKey + " không có tệp số " + fileId + "."));
    return new Download(file, contents.findById(fileId).orElseThrow().getContent());
  }

  @Override
  @Transactional(readOnly = true)
  public boolean attachedForNextSubmission(String businessKey) {
    return cases.find(businessKey)
        .map(c -> files.existsByCaseBusinessKeyAndKindAndSubmissionRound(businessKey, CaseFileKind.MINUTES, preparingRound(c)))
        .orElse(false);
  }

  @Transactional(readOnly = true)
  public boolean maySee(String businessKey, Caller caller) {
    return participants.maySee(caller, require(businessKey));
  }

  @Transactional(readOnly = true)
  public boolean mayAttach(String businessKey, Caller caller) {
    RecognitionCase recognitionCase = require(businessKey);
    return !FINAL.contains(recognitionCase.getStatus()) && participants.holdsAnOpenTask(caller, recognitionCase);
  }

  /** The round a file belongs to: the one under review, or while the unit prepares it, the next one. */
  static int preparingRound(RecognitionCase recognitionCase) {
    return recognitionCase.getStatus() == CaseStatus.DOSSIER_SUBMITTED || FINAL.contains(recognitionCase.getStatus())
        ? recognitionCase.getSubmissionRound() : recognitionCase.getSubmissionRound() + 1;
  }

  private CaseFile store(String businessKey, int round, CaseFileKind kind, String fileName, String mediaType,
      byte[] content, String addedBy) {
    int version = files.findFirstByCaseBusinessKeyAndKindOrderByVersionDesc(businessKey, kind)
        .map(CaseFile::getVersion).orElse(0) + 1;
    CaseFile file;
    try {
      file = files.saveAndFlush(new CaseFile(businessKey, round, kind, version, fileName, mediaType, content.length,
          sha256(content), addedBy, Instant.now(clock)));
    } catch (DataIntegrityViolationException sameMoment) {
      throw new ConflictException("Một tệp khác vừa được đính kèm vào hồ sơ " + businessKey + " cùng lúc; hãy gửi lại tệp.");
    }
    contents.save(new CaseFileContent(file.getId(), content));
    return file;
  }

  private RecognitionCase require(String businessKey) {
    return cases.find(businessKey).orElseThrow(() -> new NotFoundException("Không có hồ sơ mã " + shorten(businessKey) + "."));
  }

  private void requireMaySee(RecognitionCase recognitionCase, Caller caller) {
    if (!participants.maySee(caller, recognitionCase)) {
      throw new AccessDeniedException("Bạn không tham gia xử lý hồ sơ " + recognitionCase.getBusinessKey()
          + " nên không xem được các tệp của hồ sơ.");
    }
  }

  /** The name without any folder, control characters or quotes, at most {@value #NAME_LIMIT} characters. */
  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
    if (name.isEmpty()) {
      name = "tep";
    }
    return name.length() > NAME_LIMIT ? name.substring(name.length() - NAME_LIMIT) : name;
  }

  private static String shorten(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
