package vn.learningcommunity.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Logs each refused login — HTTP Basic on the APIs, the login form of the webapps — with the user
 * name and address, for whoever watches for password guessing. The password is never read into
 * the log.
 */
class FailedLoginLog extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(FailedLoginLog.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean webappLogin = request.getRequestURI().contains("/login/");
    // the login form's body is read by the webapp: keep a copy to find the user name in it afterwards
    HttpServletRequest seen = webappLogin ? new ContentCachingRequestWrapper(request, 4096) : request;
    chain.doFilter(seen, response);
    int status = response.getStatus();
    if (status != HttpServletResponse.SC_UNAUTHORIZED && status != HttpServletResponse.SC_FORBIDDEN) {
      return;
    }
    String user = webappLogin ? formUser((ContentCachingRequestWrapper) seen) : basicUser(request.getHeader("Authorization"));
    if (user != null && (webappLogin || status == HttpServletResponse.SC_UNAUTHORIZED)) {
      log.warn("Failed login for user '{}' from {} on {}", printable(user), request.getRemoteAddr(), request.getRequestURI());
    }
  }

  private static String formUser(ContentCachingRequestWrapper request) {
    String form = new String(request.getContentAsByteArray(), StandardCharsets.UTF_8);
    for (String pair : form.split("&")) {
      if (pair.startsWith("username=")) {
        return URLDecoder.decode(pair.substring("username=".length()), StandardCharsets.UTF_8);
      }
    }
    return request.getParameter("username");
  }

  private static String basicUser(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon < 0 ? credentials : credentials.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return "(unreadable)";
    }
  }

  /** A user name as typed, kept to one short line so that it cannot forge log lines. */
  private static String printable(String user) {
    String oneLine = user.replaceAll("[\\p{Cntrl}]", "?");
    return oneLine.length() > 64 ? oneLine.substring(0, 64) + "…" : oneLine;
  }
}
