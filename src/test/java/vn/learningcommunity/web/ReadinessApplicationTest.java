package vn.learningcommunity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.testsupport.ApplicationTestSupport;

/** What a load balancer sees of a started node, and nothing more. */
class ReadinessApplicationTest extends ApplicationTestSupport {

  @Test
  void aStartedNodeReportsItselfReadyWithoutDetails() {
    ResponseEntity<Map> readiness = http.getForEntity("/actuator/health/readiness", Map.class);
    assertThat(readiness.getStatusCode().value()).isEqualTo(200);
    assertThat(readiness.getBody()).containsEntry("status", "UP");
    assertThat(http.getForEntity("/actuator/health/liveness", Map.class).getStatusCode().value()).isEqualTo(200);

    ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);
    assertThat(health.getBody()).containsOnlyKeys("status", "groups");
    assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode().value()).isEqualTo(404);
    // requests pass once ready: the province's unit list is in place
    assertThat(http.getForEntity("/api/recognitions/communes?province=75&year=2026", String.class)
        .getStatusCode().value()).isEqualTo(200);
  }
}
