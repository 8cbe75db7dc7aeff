package vn.learningcommunity.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * On the engine's REST APIs (the public {@code /engine-rest} and the one Tasklist calls), turns a
 * task completion rejected by server-side validation into HTTP 400 carrying the Vietnamese message,
 * instead of the engine's HTTP 500 with its English wrapper.
 */
public class RejectionResponseFilter extends OncePerRequestFilter {

  private final ObjectMapper json;

  public RejectionResponseFilter(ObjectMapper json) {
    this.json = json;
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
      if (rejection.isPresent() && wrapper.getStatus() >= 400) {
        wrapper.resetBuffer();
        wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        wrapper.setContentType(MediaType.APPLICATION_JSON_VALUE);
        wrapper.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "RejectedInputException");
        body.put("message", rejection.get().getMessage());
        body.put("reasons", rejection.get().getReasons());
        wrapper.getOutputStream().write(json.writeValueAsBytes(body));
      }
      wrapper.copyBodyToResponse();
    }
  }
}
