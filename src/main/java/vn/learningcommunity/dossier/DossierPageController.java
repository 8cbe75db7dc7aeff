package vn.learningcommunity.dossier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.view.RedirectView;
import vn.learningcommunity.access.Caller;
import vn.learningcommunity.access.PageCaller;
import vn.learningcommunity.validation.AccessDeniedException;
import vn.learningcommunity.validation.ConflictException;
import vn.learningcommunity.validation.NotFoundException;
import vn.learningcommunity.validation.RejectedInputException;

/**
 * The dossier of a case in the browser ({@code /ho-so/26428-2026}), linked from every form that
 * judges it: read by everyone who takes part in the case, files attached by whoever holds one of
 * its open steps. Officials come from Tasklist with their session; other clients use HTTP Basic.
 */
@Controller
class DossierPageController {

  static final String TOKEN = "learning-community.dossier-token";

  private final DossierView view;
  private final CaseFiles files;
  private final PageCaller callers;
  private final SecureRandom random = new SecureRandom();

  DossierPageController(DossierView view, CaseFiles files, PageCaller callers) {
    this.view = view;
    this.files = files;
    this.callers = callers;
  }

  @GetMapping("/ho-so/{businessKey}")
  String page(@PathVariable String businessKey, @RequestParam(name = "da-them", required = false) String added,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Caller> caller = callers.of(request);
    if (caller.isEmpty()) {
      return refuse(response, model, HttpStatus.UNAUTHORIZED, "Hãy đăng nhập Tasklist rồi mở lại hồ sơ từ công việc của bạn.");
    }
    try {
      model.addAttribute("dossier", view.of(businessKey, caller.get()));
    } catch (AccessDeniedException e) {
      return refuse(response, model, HttpStatus.FORBIDDEN, e.getMessage());
    } catch (NotFoundException e) {
      return refuse(response, model, HttpStatus.NOT_FOUND, e.getMessage());
    }
    model.addAttribute("token", token(request.getSession()));
    model.addAttribute("added", added);
    return "ho-so";
  }

  @PostMapping("/ho-so/{businessKey}/tep")
  Object attach(@PathVariable String businessKey, @RequestParam(name = "loai", required = false) String kind,
      @RequestParam(name = "tep", required = false) MultipartFile file,
      @RequestParam(name = "token", required = false) String token, HttpServletRequest request,
      HttpServletResponse response, Model model) throws IOException {
    Optional<Caller> caller = callers.of(request);
    if (caller.isEmpty()) {
      return refuse(response, model, HttpStatus.UNAUTHORIZED, "Hãy đăng nhập Tasklist rồi mở lại hồ sơ từ công việc của bạn.");
    }
    // a browser sends its session by itself: it must also send the token of the page it was given
    boolean basic = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    HttpSession session = request.getSession(false);
    if (!basic && (session == null || token == null || !token.equals(session.getAttribute(TOKEN)))) {
      return refuse(response, model, HttpStatus.FORBIDDEN, "Trang đã cũ; hãy mở lại hồ sơ rồi gửi tệp.");
    }
    try {
      CaseFile stored = files.attach(businessKey, kindOf(kind), file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes(), caller.get());
      // "303 See Other": the browser shows the dossier again with a GET, so a reload sends nothing twice
      RedirectView back = new RedirectView("/ho-so/" + businessKey + "?da-them=" + stored.getId(), true);
      back.setStatusCode(HttpStatus.SEE_OTHER);
      return back;
    } catch (AccessDeniedException e) {
      return refuse(response, model, HttpStatus.FORBIDDEN, e.getMessage());
    } catch (NotFoundException e) {
      return refuse(response, model, HttpStatus.NOT_FOUND, e.getMessage());
    } catch (RejectedInputException e) {
      response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", String.join(" ", e.getReasons()));
      model.addAttribute("dossier", view.of(businessKey, caller.get()));
      model.addAttribute("token", token(request.getSession()));
      return "ho-so";
    }
  }

  @GetMapping("/ho-so/{businessKey}/tep/{fileId}")
  ResponseEntity<byte[]> download(@PathVariable String businessKey, @PathVariable long fileId, HttpServletRequest request) {
    Optional<Caller> caller = callers.of(request);
    if (caller.isEmpty()) {
      return text(HttpStatus.UNAUTHORIZED, "Hãy đăng nhập Tasklist rồi mở lại hồ sơ từ công việc của bạn.");
    }
    try {
      CaseFiles.Download download = files.download(businessKey, fileId, caller.get());
      return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.file().getMediaType()))
          .header("X-Content-Type-Options", "nosniff")
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
              .filename(download.file().getFileName(), StandardCharsets.UTF_8).build().toString())
          .header("X-Checksum-SHA256", download.file().getSha256())
          .body(download.content());
    } catch (AccessDeniedException e) {
      return text(HttpStatus.FORBIDDEN, e.getMessage());
    } catch (NotFoundException e) {
      return text(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  private static CaseFileKind kindOf(String kind) {
    if ("bien-ban".equals(kind)) {
      return CaseFileKind.MINUTES;
    }
    return "minh-chung".equals(kind) ? CaseFileKind.EVIDENCE : null;
  }

  private String token(HttpSession session) {
    Object existing = session.getAttribute(TOKEN);
    if (existing instanceof String value) {
      return value;
    }
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String value = HexFormat.of().formatHex(bytes);
    session.setAttribute(TOKEN, value);
    return value;
  }

  private static String refuse(HttpServletResponse response, Model model, HttpStatus status, String message) {
    response.setStatus(status.value());
    model.addAttribute("refusal", message);
    return "ho-so";
  }

  private static ResponseEntity<byte[]> text(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
        .body(message.getBytes(StandardCharsets.UTF_8));
  }
}
