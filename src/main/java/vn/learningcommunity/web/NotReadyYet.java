package vn.learningcommunity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The server listens before the units, officials' groups and filters are loaded (they are loaded
 * once the process application is deployed). Until the application reports itself ready
 * ({@code /actuator/health/readiness}, what a load balancer asks), every request but the probes is
 * answered 503 with a Vietnamese "try again", instead of "unit 75 not found".
 */
class NotReadyYet extends OncePerRequestFilter {

  static final String STARTING = "Hệ thống đang khởi động (nạp danh mục đơn vị hành chính); hãy thử lại sau ít giây.";
  private static final String RETRY_AFTER_SECONDS = "10";

  private final ApplicationAvailability availability;

  NotReadyYet(ApplicationAvailability availability) {
    this.availability = availability;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept != null && accept.contains("text/html")) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setContentType("text/html;charset=UTF-8");
      response.getOutputStream().write(("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><meta http-equiv=\"refresh\""
          + " content=\"" + RETRY_AFTER_SECONDS + "\"><title>Đang khởi động</title><p>" + STARTING + "</p></html>")
          .getBytes(StandardCharsets.UTF_8));
      return;
    }
    JsonErrors.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "ServiceUnavailable", List.of(STARTING));
  }
}
