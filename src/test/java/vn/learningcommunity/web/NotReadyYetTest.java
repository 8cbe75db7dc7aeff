package vn.learningcommunity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class NotReadyYetTest {

  private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
  private final NotReadyYet filter = new NotReadyYet(availability);

  @Test
  void whileStartingEveryRequestButTheProbesIsAskedToComeBack() throws Exception {
    MockHttpServletResponse api = run("/api/campaigns", "application/json");
    assertThat(api.getStatus()).isEqualTo(503);
    assertThat(api.getHeader("Retry-After")).isEqualTo("10");
    assertThat(api.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains(NotReadyYet.STARTING);

    MockHttpServletResponse page = run("/camunda/app/tasklist/", "text/html,application/xhtml+xml");
    assertThat(page.getStatus()).isEqualTo(503);
    assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Đang khởi động");

    assertThat(run("/actuator/health/readiness", "application/json").getStatus()).isEqualTo(200);
  }

  @Test
  void onceReadyRequestsPass() throws Exception {
    availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
    assertThat(run("/api/campaigns", "application/json").getStatus()).isEqualTo(200);
  }

  private MockHttpServletResponse run(String uri, String accept) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
    request.addHeader("Accept", accept);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }
}
