package vn.learningcommunity.web;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.learningcommunity.validation.RejectedInputException;

/**
 * The application's API answers every error as a {@code ProblemDetail} in Vietnamese, with the
 * same {@code message} (and {@code reasons}) the engine's API carries, and never a stack trace,
 * SQL or a table name.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(RejectedInputException.class)
  ResponseEntity<Object> rejected(RejectedInputException e) {
    return problem(HttpStatus.valueOf(e.status()), e.getReasons());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Object> conflicting(DataIntegrityViolationException e) {
    log.warn("Refused as conflicting with stored data: {}", e.getMostSpecificCause().getMessage());
    return problem(HttpStatus.CONFLICT, List.of("Dữ liệu trùng với một bản ghi đã có hoặc vừa được người khác thay đổi; "
        + "hãy tải lại và kiểm tra."));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    String reference = JsonErrors.newReference();
    log.error("Error {} in the application's API", reference, e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, List.of(JsonErrors.serverError(reference)));
  }

  /** Spring MVC's own refusals (wrong parameter types, unreadable JSON, unknown addresses…). */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    // Spring wraps every I/O failure of reading a body, the limit's too
    if (e instanceof HttpMessageNotReadableException && e.getCause() instanceof JsonBodyLimit.TooLarge) {
      return problem(HttpStatus.PAYLOAD_TOO_LARGE, List.of(JsonBodyLimit.TOO_LARGE));
    }
    return problem(status, List.of(message(e, status)));
  }

  private static String message(Exception e, HttpStatusCode status) {
    if (e instanceof MethodArgumentTypeMismatchException mismatch) {
      return "Giá trị \"" + mismatch.getValue() + "\" của " + mismatch.getName() + " không đúng kiểu"
          + (isNumber(mismatch.getRequiredType()) ? " (cần một số)." : ".");
    }
    if (e instanceof TypeMismatchException mismatch) {
      return "Giá trị \"" + mismatch.getValue() + "\" không đúng kiểu.";
    }
    if (e instanceof MissingServletRequestParameterException missing) {
      return "Thiếu tham số " + missing.getParameterName() + ".";
    }
    if (e instanceof HttpMessageNotReadableException unreadable) {
      return UnreadableJson.message(unreadable.getCause());
    }
    if (e instanceof HttpRequestMethodNotSupportedException) {
      return "Địa chỉ này không nhận phương thức yêu cầu đã gửi.";
    }
    if (e instanceof HttpMediaTypeNotSupportedException) {
      return "Định dạng dữ liệu gửi lên không được hỗ trợ.";
    }
    if (e instanceof MaxUploadSizeExceededException) {
      // the whole upload, or one part's headers (a very long file name), past the servlet container's limit
      return "Tệp gửi lên lớn quá mức cho phép hoặc tên tệp quá dài; hãy nén, chia nhỏ tệp hoặc đặt tên tệp ngắn hơn.";
    }
    if (e instanceof NoResourceFoundException) {
      return "Không tìm thấy địa chỉ được yêu cầu.";
    }
    return status.is5xxServerError() ? JsonErrors.SERVER_ERROR : "Yêu cầu không hợp lệ.";
  }

  private static boolean isNumber(Class<?> type) {
    return type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class);
  }

  private static ResponseEntity<Object> problem(HttpStatusCode status, List<String> reasons) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, String.join(" ", reasons));
    problem.setTitle("Yêu cầu không được thực hiện");
    problem.setProperty("message", problem.getDetail());
    problem.setProperty("reasons", reasons);
    return ResponseEntity.status(status).body(problem);
  }
}
