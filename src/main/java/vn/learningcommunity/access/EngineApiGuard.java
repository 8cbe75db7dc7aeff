package vn.learningcommunity.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.learningcommunity.web.JsonBodyLimit;
import vn.learningcommunity.web.JsonErrors;

/**
 * The trust boundary of the engine's REST APIs ({@code /engine-rest} and the one Tasklist and
 * Cockpit call). Administrators pass; every other user (an official, a coordinator) may only read
 * what the engine's authorizations show them and do what Tasklist offers for their work: claim a
 * task for themselves, give it back, comment on it, complete it with exactly the fields of its
 * deployed form, and start a process that is startable in Tasklist with its start form. Everything
 * else — variables written directly, task updates, delegation, identity links, modification,
 * messages, signals, deletions — is refused before it reaches the engine, so that the process
 * alone owns its routing, unit, computed and decided data.
 */
class EngineApiGuard extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineApiGuard.class);

  static final int COMMENT_LIMIT = 2000;

  private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/[^/]+(/.*)?$");
  private static final Pattern ENGINE_LIST = Pattern.compile("^/engine/?$");
  private static final List<Pattern> QUERIES = Stream.of(
      "/task", "/task/count", "/filter/[^/]+/(list|count)", "/process-instance", "/process-instance/count",
      "/execution", "/execution/count", "/variable-instance", "/variable-instance/count", "/job", "/job/count",
      "/history/(process-instance|activity-instance|task|variable-instance|detail|incident|decision-instance|job-log"
          + "|user-operation|identity-link-log|external-task-log)(/count)?")
      .map(path -> Pattern.compile("^" + path + "/?$")).toList();
  private static final Pattern TASK_ACTION = Pattern.compile("^/task/([^/]+)/(claim|unclaim|complete|submit-form|comment/create)$");
  private static final Pattern START = Pattern.compile(
      "^/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)$");
  private static final Pattern OWN_ACCOUNT = Pattern.compile("^/user/([^/]+)/(credentials|profile)$");
  private static final Set<String> COMPLETION_KEYS = Set.of("variables", "withVariablesInReturn");
  private static final Set<String> START_KEYS = Set.of("variables", "businessKey", "withVariablesInReturn");

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final EngineAsApplication engine;
  private final ObjectMapper json = new ObjectMapper();

  EngineApiGuard(IdentityService identity, AuthorizationService authorizations, EngineAsApplication engine) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = enginePath(request);
    boolean publicEngineApi = request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest");
    var caller = Caller.of(request, identity);
    if (caller.isEmpty()) {
      if (publicEngineApi) {
        // the engine lets its list of engines through anonymously; nothing is shown without a login
        refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException", JsonErrors.LOGIN_REQUIRED);
        return;
      }
      chain.doFilter(request, response); // the webapp answers its own anonymous calls (login page)
      return;
    }
    if (caller.get().isAdministrator() || isRead(request.getMethod()) || ENGINE_LIST.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    String method = request.getMethod();
    if ("POST".equals(method) && QUERIES.stream().anyMatch(query -> query.matcher(path).matches())) {
      chain.doFilter(request, response);
      return;
    }
    Matcher ownAccount = OWN_ACCOUNT.matcher(path);
    if ("PUT".equals(method) && ownAccount.matches() && ownAccount.group(1).equals(caller.get().userId())) {
      chain.doFilter(request, response);
      return;
    }
    Matcher taskAction = TASK_ACTION.matcher(path);
    Matcher start = START.matcher(path);
    if ("POST".equals(method) && (taskAction.matches() || start.matches())) {
      byte[] body = request.getInputStream().readNBytes(JsonBodyLimit.LIMIT + 1);
      if (body.length > JsonBodyLimit.LIMIT) {
        refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "RejectedInputException",
            JsonBodyLimit.TOO_LARGE);
        return;
      }
      Refusal refusal = taskAction.matches()
          ? taskActionRefusal(caller.get(), taskAction.group(1), taskAction.group(2), body)
          : startRefusal(caller.get(), start.group(1), start.group(2), body);
      if (refusal == null && taskAction.matches() && "unclaim".equals(taskAction.group(2))) {
        engine.giveBack(taskAction.group(1));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      } else if (refusal == null) {
        chain.doFilter(new CachedBody(request, body), response);
      } else {
        log.info("Refused {} {} for {}: {}", method, path, caller.get().userId(), refusal.reasons());
        refuse(request, response, refusal.status(), refusal.type(), refusal.reasons().toArray(String[]::new));
      }
      return;
    }
    log.info("Refused {} {} for {}", method, path, caller.get().userId());
    refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
        "Bạn không có quyền thực hiện thao tác này. Cán bộ chỉ nhận, trả lại, bình luận và hoàn thành công việc "
            + "được giao bằng biểu mẫu của công việc; dữ liệu của hồ sơ do hệ thống quản lý.");
  }

  /** Why a request is refused, with the status and the engine's exception type Tasklist expects. */
  record Refusal(int status, String type, List<String> reasons) {

    static Refusal forbidden(String reason) {
      return new Refusal(HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", List.of(reason));
    }

    static Refusal notFound(String reason) {
      return new Refusal(HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException", List.of(reason));
    }

    static Refusal ifAny(List<String> problems) {
      return problems.isEmpty() ? null
          : new Refusal(HttpServletResponse.SC_BAD_REQUEST, "RejectedInputException", List.copyOf(problems));
    }
  }

  private static final Refusal TASK_GONE =
      Refusal.notFound("Không tìm thấy công việc này; có thể việc đã được hoàn thành. Hãy tải lại danh sách công việc.");
  private static final Refusal NOT_YOURS =
      Refusal.forbidden("Chỉ được nhận công việc cho chính mình, và chỉ trả lại công việc mình đang nhận.");

  private Refusal taskActionRefusal(Caller caller, String taskId, String action, byte[] body) {
    Task task = engine.task(taskId);
    if (task == null) {
      return TASK_GONE;
    }
    if (!authorizations.isUserAuthorized(caller.userId(), caller.groupIds(), TaskPermissions.TASK_WORK, Resources.TASK, taskId)) {
      // completed by someone else a moment ago, its authorizations gone with it: say so, not "not yours"
      return engine.task(taskId) == null ? TASK_GONE : Refusal.forbidden("Bạn không được giao công việc này.");
    }
    JsonNode content = readObject(body);
    if (content == null) {
      return Refusal.ifAny(List.of("Dữ liệu gửi lên không phải JSON hợp lệ."));
    }
    return switch (action) {
      case "claim" -> caller.userId().equals(content.path("userId").asText(null)) ? null : NOT_YOURS;
      case "unclaim" -> caller.userId().equals(task.getAssignee()) ? null : NOT_YOURS;
      case "comment/create" -> content.path("message").asText("").length() > COMMENT_LIMIT
          ? Refusal.ifAny(List.of("Bình luận dài quá " + COMMENT_LIMIT + " ký tự; hãy rút gọn.")) : null;
      default -> {
        List<String> problems = new ArrayList<>(unknownKeys(content, COMPLETION_KEYS));
        problems.addAll(engine.ofTask(task).problemsWith(content.get("variables")));
        yield Refusal.ifAny(problems);
      }
    };
  }

  private Refusal startRefusal(Caller caller, String key, String id, byte[] body) {
    ProcessDefinition definition = engine.definition(key, id);
    if (definition == null) {
      return Refusal.notFound("Không tìm thấy quy trình này.");
    }
    if (!definition.isStartableInTasklist()) {
      return Refusal.forbidden(
          "Hồ sơ loại này chỉ được mở từ chiến dịch hoặc chức năng mở hồ sơ của hệ thống, sau khi đã kiểm tra.");
    }
    if (!authorizations.isUserAuthorized(caller.userId(), caller.groupIds(), ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, definition.getKey())) {
      return Refusal.forbidden("Bạn không được mở quy trình này; chiến dịch do điều phối viên của tỉnh mở.");
    }
    JsonNode content = readObject(body);
    if (content == null) {
      return Refusal.ifAny(List.of("Dữ liệu gửi lên không phải JSON hợp lệ."));
    }
    List<String> problems = new ArrayList<>(unknownKeys(content, START_KEYS));
    problems.addAll(engine.ofStart(definition).problemsWith(content.get("variables")));
    return Refusal.ifAny(problems);
  }

  private JsonNode readObject(byte[] body) {
    try {
      JsonNode content = body.length == 0 ? json.createObjectNode() : json.readTree(body);
      return content != null && content.isObject() ? content : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Start instructions, skipped listeners and the like would bypass the process's own first steps. */
  private static List<String> unknownKeys(JsonNode content, Set<String> allowed) {
    Set<String> unknown = new TreeSet<>();
    for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        unknown.add(name);
      }
    }
    return unknown.isEmpty() ? List.of()
        : List.of("Yêu cầu không được kèm " + String.join(", ", unknown) + "; chỉ gửi dữ liệu của biểu mẫu.");
  }

  private static boolean isRead(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  /** The path inside the engine API: {@code /task/1/complete} for every prefix and engine name. */
  static String enginePath(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    String path = Stream.of("/engine-rest", "/camunda/api/engine").filter(uri::startsWith).findFirst()
        .map(prefix -> uri.substring(prefix.length())).orElse(uri);
    Matcher named = NAMED_ENGINE.matcher(path);
    return named.matches() ? Objects.requireNonNullElse(named.group(1), "") : path;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String type,
      String... reasons) throws IOException {
    JsonErrors.write(request, response, status, type, List.of(reasons));
  }

  /** The request with its body read once by the guard, readable again by the engine. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
