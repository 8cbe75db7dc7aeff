package vn.learningcommunity.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.learningcommunity.validation.RejectedInputException;

/** The application's API answers refused input with 400 and the reasons in Vietnamese. */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(RejectedInputException.class)
  ResponseEntity<Map<String, Object>> rejected(RejectedInputException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Map.of("message", e.getMessage(), "reasons", e.getReasons()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
  }
}
