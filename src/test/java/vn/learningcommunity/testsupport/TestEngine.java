package vn.learningcommunity.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * One plain process engine (no Spring) per test JVM, on in-memory H2, or on the PostgreSQL of the
 * {@code postgres} Maven profile. Expressions such as {@code ${deadlines…}} resolve against {@link #BEANS},
 * which each test fills with the collaborators it needs.
 */
public final class TestEngine {

  public static final Map<Object, Object> BEANS = new HashMap<>();
  private static ProcessEngine engine;

  private TestEngine() {}

  public static synchronized ProcessEngine get() {
    if (engine == null) {
      StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
      if (onPostgres()) {
        configuration.setJdbcUrl(System.getProperty("DB_URL"));
        configuration.setJdbcUsername(System.getenv().getOrDefault("DB_USER", "postgres"));
        configuration.setJdbcPassword(System.getenv().getOrDefault("DB_PASSWORD", ""));
        configuration.setJdbcDriver("org.postgresql.Driver");
      } else {
        configuration.setJdbcUrl("jdbc:h2:mem:plain-engine;DB_CLOSE_DELAY=-1");
      }
      configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
      configuration.setJobExecutorActivate(false);
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setProcessEngineName("plain-test-engine");
      configuration.setBeans(BEANS);
      engine = configuration.buildProcessEngine();
    }
    return engine;
  }

  static boolean onPostgres() {
    return System.getProperty("spring.profiles.active", "").contains("postgres");
  }
}
