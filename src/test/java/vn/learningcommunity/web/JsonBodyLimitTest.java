package vn.learningcommunity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class JsonBodyLimitTest {

  private final JsonBodyLimit filter = new JsonBodyLimit();
  private final byte[] tooMuch = new byte[JsonBodyLimit.LIMIT + 1];

  @Test
  void aDeclaredLengthPastTheLimitIsRefusedBeforeAnythingIsRead() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/campaigns");
    request.setContentType("application/json");
    request.setContent(tooMuch);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> {
      throw new AssertionError("the application must not see the request");
    });
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(JsonBodyLimit.TOO_LARGE);
  }

  @Test
  void aBodyWithoutADeclaredLengthStopsBeingReadAtTheLimit() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/campaigns") {
      @Override
      public long getContentLengthLong() {
        return -1; // sent in chunks
      }
    };
    request.setContentType("application/json");
    request.setContent(tooMuch);
    FilterChain readsEverything = (req, res) -> req.getInputStream().readAllBytes();
    assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), readsEverything))
        .isInstanceOf(JsonBodyLimit.TooLarge.class).hasMessage(JsonBodyLimit.TOO_LARGE);
  }
}
