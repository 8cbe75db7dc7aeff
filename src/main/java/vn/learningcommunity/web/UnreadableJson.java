package vn.learningcommunity.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Why a request body could not be read, in Vietnamese, naming the field ("deadlines.X",
 * "exclusions[0].reason"), what it needs and what was sent.
 */
final class UnreadableJson {

  private UnreadableJson() {}

  static String message(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException unknown) {
      String accepted = unknown.getKnownPropertyIds() == null ? ""
          : "; các trường được nhận: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
              .collect(Collectors.joining(", "));
      return "Trường " + path(unknown) + " không được nhận ở đây" + accepted + ".";
    }
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      Object sent = mismatch instanceof InvalidFormatException invalid ? invalid.getValue() : null;
      return "Trường " + path(mismatch) + " " + needed(mismatch.getTargetType())
          + (sent == null ? "" : ", đã gửi " + (sent instanceof String ? "\"" + sent + "\"" : sent)) + ".";
    }
    if (cause instanceof JsonProcessingException parse && parse.getLocation() != null) {
      return "Dữ liệu gửi lên không phải JSON đúng dạng (dòng " + parse.getLocation().getLineNr() + ", cột "
          + parse.getLocation().getColumnNr() + ").";
    }
    return "Dữ liệu gửi lên không phải JSON đúng dạng.";
  }

  private static String needed(Class<?> type) {
    if (type == null) {
      return "không đúng kiểu";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "cần một số nguyên";
    }
    if (Number.class.isAssignableFrom(type)) {
      return "cần một số";
    }
    if (type == String.class) {
      return "cần một chuỗi ký tự (trong dấu ngoặc kép)";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "cần true hoặc false";
    }
    if (type == LocalDate.class || Temporal.class.isAssignableFrom(type)) {
      return "cần một ngày có thật dạng năm-tháng-ngày (ví dụ 2027-02-14)";
    }
    if (type.isEnum()) {
      return "cần một trong các giá trị " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "cần một danh sách [ … ]";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "cần một đối tượng { … }";
    }
    return "không đúng kiểu";
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "(gốc)" : path.toString();
  }
}
