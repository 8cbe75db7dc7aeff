package vn.learningcommunity.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.learningcommunity.validation.RejectedInputException;
import vn.learningcommunity.validation.RejectionCapture;

/**
 * Every error answer of the engine's REST APIs (the public {@code /engine-rest} and the one Tasklist
 * calls), and every error of the application's API that has no body of its own, reaches people in
 * Vietnamese: a completion refused by server-side validation carries its reasons (HTTP 400 instead
 * of the engine's 500 with its English wrapper); any other error a message chosen by the engine's
 * exception type. The engine's own text — which may hold SQL, table and column names — goes to the
 * log only, under a reference the message gives.
 */
public class EngineErrorResponses extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineErrorResponses.class);

  /** The task id of a completion ({@code …/task/{id}/complete} or {@code …/submit-form}). */
  private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)$");

  private final ObjectMapper json;
  private final Predicate<String> taskExists;

  /** {@code taskExists} tells, after a failure, whether a task is still open. */
  public EngineErrorResponses(ObjectMapper json, Predicate<String> taskExists) {
    this.json = json;
    this.taskExists = taskExists;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RejectionCapture.take();
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
    } finally {
      Optional<RejectedInputException> rejection = RejectionCapture.take();
      int status = wrapper.getStatus();
      if (status >= 400 && request.getAttribute(JsonErrors.WRITTEN) == null) {
        if (rejection.isPresent()) {
          rewrite(wrapper, rejection.get().status(), "RejectedInputException", rejection.get().getReasons());
        } else if (isEngineApi(request) || wrapper.getContentSize() == 0) {
          translate(request, wrapper, status);
        }
      }
      wrapper.copyBodyToResponse();
    }
  }

  private void translate(HttpServletRequest request, ContentCachingResponseWrapper wrapper, int status) throws IOException {
    String type = "";
    String original = "";
    if (wrapper.getContentSize() > 0) {
      try {
        JsonNode body = json.readTree(wrapper.getContentAsByteArray());
        type = body.path("type").asText("");
        original = body.path("message").asText("");
      } catch (IOException notJson) {
        original = new String(wrapper.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    Translation translation = Translation.of(status, type, original);
    Matcher completion = COMPLETION.matcher(request.getRequestURI());
    if (translation.status() >= 500 && completion.matches() && !taskExists.test(completion.group(1))) {
      // two completions of one task at once: the engine may fail the loser in many ways; the task is done
      translation = Translation.of(404, "NotFoundException", original);
    }
    if (translation.status() >= 500) {
      String reference = JsonErrors.newReference();
      log.error("Error {} on {} {}: {} {}", reference, request.getMethod(), request.getRequestURI(), type, original);
      rewrite(wrapper, translation.status(), type.isEmpty() ? "ServerError" : type, List.of(JsonErrors.serverError(reference)));
    } else {
      log.debug("{} on {} {}: {} {}", status, request.getMethod(), request.getRequestURI(), type, original);
      rewrite(wrapper, translation.status(), type.isEmpty() ? "HttpError" : type, List.of(translation.message()));
    }
  }

  /** The Vietnamese message for an engine error, by its exception type first and its HTTP status otherwise. */
  record Translation(int status, String message) {

    static Translation of(int status, String type, String original) {
      // the REST layer wraps some engine exceptions in its own 500 ("RestException"); their text says which
      if (original.contains("updated by another transaction concurrently") || original.contains("OptimisticLocking")) {
        type = "OptimisticLockingException";
      } else if (original.startsWith("Cannot find task") || original.contains(": Cannot find task")) {
        type = "NotFoundException";
      }
      return switch (type) {
        case "AuthorizationException" -> new Translation(403, "Bạn không có quyền thực hiện thao tác này với công việc hoặc hồ sơ này.");
        case "OptimisticLockingException" -> new Translation(409,
            "Hồ sơ vừa được người khác cập nhật cùng lúc nên thao tác chưa được thực hiện. Hãy tải lại trang và thử lại.");
        case "TaskAlreadyClaimedException" -> new Translation(409, "Công việc đã được người khác nhận.");
        case "NullValueException", "NotFoundException" ->
            new Translation(404, "Không tìm thấy công việc hoặc hồ sơ; có thể việc đã được hoàn thành. Hãy tải lại danh sách.");
        case "AuthenticationException" -> new Translation(401, JsonErrors.LOGIN_REQUIRED);
        default -> byStatus(status);
      };
    }

    private static Translation byStatus(int status) {
      return switch (status) {
        case 400 -> new Translation(400, "Yêu cầu không hợp lệ: tham số hoặc dữ liệu gửi lên không đúng dạng.");
        case 401 -> new Translation(401, JsonErrors.LOGIN_REQUIRED);
        case 403 -> new Translation(403, "Bạn không có quyền thực hiện thao tác này.");
        case 404 -> new Translation(404, "Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu.");
        case 405 -> new Translation(405, "Địa chỉ này không nhận phương thức yêu cầu đã gửi.");
        case 409 -> new Translation(409, "Dữ liệu đã có hoặc vừa được người khác thay đổi; hãy tải lại và thử lại.");
        case 413 -> new Translation(413, "Dữ liệu gửi lên quá lớn.");
        case 415 -> new Translation(415, "Định dạng dữ liệu gửi lên không được hỗ trợ (cần JSON).");
        default -> status >= 500
            ? new Translation(status, JsonErrors.SERVER_ERROR)
            : new Translation(status, "Yêu cầu không được thực hiện.");
      };
    }
  }

  private static boolean isEngineApi(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    return uri.startsWith("/engine-rest") || uri.startsWith("/camunda/api/engine");
  }

  private static void rewrite(ContentCachingResponseWrapper wrapper, int status, String type, List<String> reasons)
      throws IOException {
    wrapper.resetBuffer();
    wrapper.setStatus(status);
    wrapper.setContentType(MediaType.APPLICATION_JSON_VALUE);
    wrapper.setCharacterEncoding("UTF-8");
    wrapper.getOutputStream().write(JsonErrors.body(type, reasons));
  }
}
