package vn.learningcommunity.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;

/**
 * The error body every HTTP answer of the application and of the engine's REST APIs carries, in
 * the engine's shape ({@code type}, {@code message}) that Tasklist shows, with the reasons listed.
 */
public final class JsonErrors {

  /** Set on a request whose error answer is already written in Vietnamese, so nothing rewrites it. */
  public static final String WRITTEN = JsonErrors.class.getName() + ".written";

  public static final String LOGIN_REQUIRED = "Cần đăng nhập (tên đăng nhập và mật khẩu) để dùng chức năng này.";
  static final String SERVER_ERROR =
      "Đã xảy ra lỗi trong hệ thống; thao tác chưa được thực hiện. Hãy thử lại sau hoặc báo quản trị hệ thống.";

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonErrors() {}

  public static void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
      List<String> reasons) throws IOException {
    request.setAttribute(WRITTEN, Boolean.TRUE);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(body(type, reasons));
  }

  /** A short reference for an unexpected error: the log has the details under it, the person gets only the reference. */
  static String newReference() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static String serverError(String reference) {
    return SERVER_ERROR + " Mã tra cứu lỗi: " + reference + ".";
  }

  static byte[] body(String type, List<String> reasons) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", String.join(" ", reasons));
    body.put("reasons", reasons);
    return JSON.writeValueAsBytes(body);
  }
}
