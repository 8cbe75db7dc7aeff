package vn.learningcommunity.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * The error body every HTTP answer of the application and of the engine's REST APIs carries, in
 * the engine's shape ({@code type}, {@code message}) that Tasklist shows, with the reasons listed.
 */
public final class JsonErrors {

  /** Set on a request whose error answer is already written in Vietnamese, so nothing rewrites it. */
  public static final String WRITTEN = JsonErrors.class.getName() + ".written";

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

  static byte[] body(String type, List<String> reasons) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", String.join(" ", reasons));
    body.put("reasons", reasons);
    return JSON.writeValueAsBytes(body);
  }
}
