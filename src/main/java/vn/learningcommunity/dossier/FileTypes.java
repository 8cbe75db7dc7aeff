package vn.learningcommunity.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * The kinds of file officials may attach, recognised by their content (Apache Tika's magic
 * detection), never by their name alone: a program renamed to {@code bien-ban.pdf} is not a PDF.
 */
@Component
class FileTypes {

  /** The media types accepted, with the name officials know them by. */
  static final Map<String, String> ACCEPTED = Map.of(
      "application/pdf", "PDF",
      "image/jpeg", "ảnh JPEG",
      "image/png", "ảnh PNG",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (.xlsx)",
      "application/msword", "Word (.doc)",
      "application/vnd.ms-excel", "Excel (.xls)");

  private final Tika tika = new Tika();

  /** The accepted media type the content is, or empty when it is anything else. */
  Optional<String> acceptedTypeOf(byte[] content, String fileName) {
    String detected;
    try {
      detected = tika.detect(new ByteArrayInputStream(content), fileName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ACCEPTED.containsKey(detected) ? Optional.of(detected) : Optional.empty();
  }

  static String acceptedNames() {
    return "PDF, ảnh JPEG hoặc PNG, Word, Excel";
  }
}
