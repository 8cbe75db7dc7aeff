package vn.learningcommunity.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The engine's tables are made by Camunda's own scripts, unchanged, for the Camunda version the app runs. */
class EngineSchemaTest {

  @Test
  void theCopiedScriptsAreCamundasOwnForTheEngineInUse() throws IOException {
    for (String database : EngineSchema.DATABASES) {
      for (String component : EngineSchema.COMPONENTS) {
        ClassPathResource camundas = new ClassPathResource(
            "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql");
        assertThat(EngineSchema.script(database, component).getContentAsByteArray())
            .as("%s %s: the engine jar's create script changed (a Camunda upgrade?): add Camunda's upgrade script"
                + " as the next migration instead of editing migration 14", database, component)
            .isEqualTo(camundas.getContentAsByteArray());
      }
    }
  }

  @Test
  void theChecksumFollowsTheScripts() {
    assertThat(new EngineSchema().getChecksum()).isEqualTo(new EngineSchema().getChecksum()).isNotZero();
  }
}
