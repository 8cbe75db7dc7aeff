package vn.learningcommunity.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Guards the promise of the postgres Maven profile: the application tests really run on PostgreSQL. */
class DatabaseProfileTest extends ApplicationTestSupport {

  @Autowired DataSource dataSource;

  @Test
  void applicationRunsOnTheDatabaseTheProfileNames() throws SQLException {
    String expected = TestEngine.onPostgres() ? "PostgreSQL" : "H2";
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
    }
    try (Connection connection = TestEngine.get().getProcessEngineConfiguration().getDataSource().getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
    }
  }
}
