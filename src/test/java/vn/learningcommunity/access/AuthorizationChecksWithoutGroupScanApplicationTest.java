package vn.learningcommunity.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.learningcommunity.testsupport.ApplicationTestSupport;

/** Officials' authorization checks skip the engine's scan of every authorized group, and still see only their own work. */
class AuthorizationChecksWithoutGroupScanApplicationTest extends ApplicationTestSupport {

  @Autowired ProcessEngineConfiguration engine;

  @Test
  void theEngineChecksAuthorizationsWithoutScanningEveryGroup() {
    Command<Object> authorizationManager = context -> context.getAuthorizationManager();

    assertThat(((ProcessEngineConfigurationImpl) engine).getCommandExecutorTxRequired().execute(authorizationManager))
        .isInstanceOf(AuthorizationChecksWithoutGroupScan.GroupsAsAuthenticated.class);
  }

  @Test
  void anOfficialStillSeesOnlyTheTasksOfTheirOwnUnit() {
    for (String commune : new String[] {"26428", "26434"}) {
      assertThat(http.withBasicAuth("dongnaidieuphoi", "demo").postForEntity("/api/commune-cases",
          Map.of("communeCode", commune, "evaluationYear", 2026), Map.class).getStatusCode().value()).isEqualTo(201);
    }

    assertThat(tasksOf("xuanbacdanhgia")).singleElement().extracting(task -> task.get("name")).asString().contains("Xuân Bắc");
    assertThat(tasksOf("xuanthanhdanhgia")).singleElement().extracting(task -> task.get("name")).asString()
        .contains("Xuân Thành");
    assertThat(tasksOf("xuanlocphonggd")).isEmpty();
  }
}
