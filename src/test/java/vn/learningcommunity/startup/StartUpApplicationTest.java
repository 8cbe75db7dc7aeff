package vn.learningcommunity.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.learningcommunity.testsupport.AtOnce;
import vn.learningcommunity.testsupport.ApplicationTestSupport;

/** Camunda's tables come from the application's migrations; start-up data is written once, whoever starts. */
class StartUpApplicationTest extends ApplicationTestSupport {

  @Autowired ProcessEngineConfiguration engine;
  @Autowired FilterService filters;
  @Autowired StartUpDataWrittenOnce startUpData;

  @Test
  void theEngineSchemaIsAMigrationAndTheEngineDoesNotCreateTables() {
    assertThat(engine.getDatabaseSchemaUpdate()).isEqualTo(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    assertThat(jdbc.queryForObject("select \"description\" from \"flyway_schema_history\" where \"version\" = '14' and \"success\"",
        String.class)).isEqualTo("camunda engine " + EngineSchema.CAMUNDA_VERSION);
    assertThat(jdbc.queryForList("select version_ from act_ge_schema_log", String.class))
        .containsExactly(EngineSchema.CAMUNDA_VERSION);
  }

  @Test
  void twoNodesWritingStartUpDataAtOnceWriteItOnce() throws Exception {
    long before = filters.createFilterQuery().count();
    filters.createFilterQuery().list().forEach(filter -> filters.deleteFilter(filter.getId()));

    AtOnce.twice(() -> {
      startUpData.ensureAll();
      return null;
    });

    assertThat(before).isPositive();
    assertThat(filters.createFilterQuery().count()).isEqualTo(before);
  }
}
