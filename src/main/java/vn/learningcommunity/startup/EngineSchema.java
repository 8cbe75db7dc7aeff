package vn.learningcommunity.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Migration 14: Camunda's tables, created by Camunda's own scripts for 7.24.0 (copied unchanged from
 * the engine jar into {@code db/engine/7.24.0}, in the order the engine runs them) under the
 * application's Flyway history, instead of the engine's {@code schema-update} at start. Flyway holds
 * a database lock while it migrates, so nodes started together on an empty database create the
 * tables once and all come up. A database whose engine tables were made by an earlier version's
 * {@code schema-update} keeps them. Upgrading Camunda means adding Camunda's upgrade script as the
 * next migration ({@code EngineSchemaTest} fails until then).
 */
@Component
class EngineSchema implements JavaMigration {

  static final String CAMUNDA_VERSION = "7.24.0";
  static final List<String> COMPONENTS =
      List.of("engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");
  static final List<String> DATABASES = List.of("postgres", "h2");
  private static final Logger log = LoggerFactory.getLogger(EngineSchema.class);

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("14");
  }

  @Override
  public String getDescription() {
    return "camunda engine " + CAMUNDA_VERSION;
  }

  @Override
  public Integer getChecksum() {
    CRC32 crc = new CRC32();
    DATABASES.forEach(database -> COMPONENTS.forEach(component -> {
      try {
        crc.update(script(database, component).getContentAsByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
    return (int) crc.getValue();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    DatabaseMetaData metaData = connection.getMetaData();
    if (engineTablesExist(metaData)) {
      log.info("Camunda's tables already exist (created by the engine's schema-update); nothing to create.");
      return;
    }
    String database = camundaDatabaseType(metaData.getDatabaseProductName());
    for (String component : COMPONENTS) {
      ScriptUtils.executeSqlScript(connection, script(database, component));
    }
  }

  static ClassPathResource script(String database, String component) {
    return new ClassPathResource("db/engine/" + CAMUNDA_VERSION + "/activiti." + database + ".create." + component + ".sql");
  }

  private static String camundaDatabaseType(String productName) {
    return switch (productName) {
      case "PostgreSQL" -> "postgres";
      case "H2" -> "h2";
      default -> throw new IllegalStateException("Camunda's tables can be created only on PostgreSQL or H2, not " + productName);
    };
  }

  private static boolean engineTablesExist(DatabaseMetaData metaData) throws SQLException {
    for (String name : List.of("act_ge_property", "ACT_GE_PROPERTY")) {
      try (ResultSet tables = metaData.getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
