package vn.learningcommunity.assessment;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 15: answers take their ids from a sequence instead of the identity column, because
 * Hibernate cannot batch inserts whose ids the database assigns one row at a time (45 inserts per
 * commune case, one per answer, became 3). The sequence starts past every id already given, at the
 * top of the first block of {@value #INCREMENT} ids Hibernate takes (Hibernate's pooled optimizer
 * reads the block's highest id).
 */
@Component
class AnswerIdSequence implements JavaMigration {

  static final String NAME = "assessment_answer_seq";
  static final int INCREMENT = 50;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("15");
  }

  @Override
  public String getDescription() {
    return "assessment answer ids from a sequence";
  }

  @Override
  public Integer getChecksum() {
    return NAME.hashCode() + INCREMENT;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    long highest;
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("select coalesce(max(id), 0) from assessment_answer")) {
      rows.next();
      highest = rows.getLong(1);
    }
    try (Statement sql = connection.createStatement()) {
      sql.execute("create sequence " + NAME + " start with " + (highest + INCREMENT) + " increment by " + INCREMENT);
    }
  }
}
