package vn.learningcommunity.unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the official list of administrative units (decision of 1 March 2025) shipped with the app.
 * Idempotent: only codes not yet in the table are inserted, so a restart or a newer list adds
 * what is missing and never duplicates.
 */
@Component
public class UnitCatalogueLoader {

  static final String OFFICIAL_LIST = "reference/administrative-units-vn-2025-03-01.csv";
  private static final Logger log = LoggerFactory.getLogger(UnitCatalogueLoader.class);

  private final JdbcTemplate jdbc;

  public UnitCatalogueLoader(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Runs once the engine is up and before the demo data, which needs the units. */
  @EventListener(PostDeployEvent.class)
  @Order(1)
  @Transactional
  public int loadMissingUnits() {
    Set<String> known = new HashSet<>(jdbc.queryForList("select code from administrative_unit", String.class));
    List<Object[]> missing = new ArrayList<>();
    for (String[] row : readOfficialList()) {
      if (!known.contains(row[0])) {
        missing.add(row);
      }
    }
    jdbc.batchUpdate(
        "insert into administrative_unit (code, name, unit_type, unit_level, parent_code) values (?, ?, ?, ?, ?)",
        missing);
    if (!missing.isEmpty()) {
      log.info("Loaded {} administrative units from {}", missing.size(), OFFICIAL_LIST);
    }
    return missing.size();
  }

  private List<String[]> readOfficialList() {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new ClassPathResource(OFFICIAL_LIST).getInputStream(), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (!"code,name,type,level,parent_code".equals(header)) {
        throw new IllegalStateException("Unexpected header in " + OFFICIAL_LIST + ": " + header);
      }
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        // Names in the official list contain no commas; the parent column is empty for provinces.
        String[] cells = line.split(",", -1);
        if (cells.length != 5) {
          throw new IllegalStateException("Malformed line in " + OFFICIAL_LIST + ": " + line);
        }
        UnitLevel.valueOf(cells[3]);
        rows.add(new String[] {cells[0], cells[1], cells[2], cells[3], cells[4].isEmpty() ? null : cells[4]});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
