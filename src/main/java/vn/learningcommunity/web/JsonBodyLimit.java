package vn.learningcommunity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * JSON sent to the application's API is small (a campaign with its exclusions, a case to open):
 * a larger body is refused with 413 before it is read, whether it announces its length or not. The
 * engine API's guard holds task and start bodies to the same limit.
 */
public class JsonBodyLimit extends OncePerRequestFilter {

  public static final int LIMIT = 256 * 1024;
  public static final String TOO_LARGE = "Dữ liệu gửi lên quá lớn (tối đa " + LIMIT / 1024 + " KB).";

  /** Thrown while reading a body without a declared length once it passes the limit. */
  static class TooLarge extends IOException {
    TooLarge() {
      super(TOO_LARGE);
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return type == null || !type.toLowerCase().contains("json");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > LIMIT) {
      JsonErrors.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "RejectedInputException",
          List.of(TOO_LARGE));
      return;
    }
    chain.doFilter(new HttpServletRequestWrapper(request) {
      private ServletInputStream limited;

      @Override
      public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
          limited = new Limited(request.getInputStream());
        }
        return limited;
      }
    }, response);
  }

  private static final class Limited extends ServletInputStream {
    private final ServletInputStream in;
    private long read;

    Limited(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > LIMIT) {
        throw new TooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
