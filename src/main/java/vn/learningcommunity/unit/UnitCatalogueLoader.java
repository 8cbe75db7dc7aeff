package vn.learningcommunity.unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.learningcommunity.startup.StartUpData;

/**
 * Loads the official lists shipped with the app — the three-tier structure of 1 March 2025 (in
 * force until 30 June 2025) and the two-tier structure of 1 July 2025 — and the succession table
 * between them. Idempotent: only units (code and period) and succession lines not yet in the
 * tables are inserted, so a restart or a newer list adds what is missing and never duplicates.
 */
@Component
@Order(1)
public class UnitCatalogueLoader implements StartUpData {

  /** An official list and the period its units are in force. */
  record OfficialList(String resource, LocalDate validFrom, LocalDate validTo) {}

  static final List<OfficialList> OFFICIAL_LISTS = List.of(
      new OfficialList("reference/administrative-units-vn-2025-03-01.csv", LocalDate.of(2000, 1, 1), UnitDirectory.THREE_TIER),
      new OfficialList("reference/administrative-units-vn-2025-07-01.csv", UnitDirectory.REFORM, null));
  static final String SUCCESSION = "reference/unit-succession-2025-07-01.csv";
  private static final Logger log = LoggerFactory.getLogger(UnitCatalogueLoader.class);

  private final JdbcTemplate jdbc;

  public UnitCatalogueLoader(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Runs once the engine is up and before the demo data, which needs the units. */
  @Override
  public void ensure() {
    loadMissingUnits();
  }

  /** Returns the rows added. */
  @Transactional
  public int loadMissingUnits() {
    return loadUnits() + loadSuccession();
  }

  private int loadUnits() {
    Set<String> known = new HashSet<>(jdbc.queryForList(
        "select code || '@' || cast(valid_from as varchar(10)) from administrative_unit", String.class));
    int added = 0;
    for (OfficialList list : OFFICIAL_LISTS) {
      List<Object[]> missing = new ArrayList<>();
      for (String[] row : read(list.resource(), "code,name,type,level,parent_code", 5)) {
        UnitLevel.valueOf(row[3].toUpperCase(Locale.ROOT));
        if (!known.contains(row[0] + "@" + list.validFrom())) {
          missing.add(new Object[] {row[0], row[1], row[2], row[3].toUpperCase(Locale.ROOT), row[4].isEmpty() ? null : row[4],
              list.validFrom(), list.validTo()});
        }
      }
      jdbc.batchUpdate("insert into administrative_unit (code, name, unit_type, unit_level, parent_code, valid_from, valid_to)"
          + " values (?, ?, ?, ?, ?, ?, ?)", missing);
      if (!missing.isEmpty()) {
        log.info("Loaded {} administrative units from {}", missing.size(), list.resource());
      }
      added += missing.size();
    }
    return added;
  }

  private int loadSuccession() {
    Set<String> known = new HashSet<>(jdbc.queryForList(
        "select unit_level || ':' || old_code || '>' || new_code from unit_succession", String.class));
    List<Object[]> missing = new ArrayList<>();
    for (String[] row : read(SUCCESSION, "level,old_code,old_name,new_code,new_name,kind", 6)) {
      String level = UnitLevel.valueOf(row[0].toUpperCase(Locale.ROOT)).name();
      UnitSuccession.Kind kind = UnitSuccession.Kind.valueOf(row[5].toUpperCase(Locale.ROOT));
      if (known.add(level + ":" + row[1] + ">" + row[3])) {
        missing.add(new Object[] {level, row[1], row[2], row[3], row[4], kind.name(), UnitDirectory.REFORM});
      }
    }
    jdbc.batchUpdate("insert into unit_succession (unit_level, old_code, old_name, new_code, new_name, kind, effective)"
        + " values (?, ?, ?, ?, ?, ?, ?)", missing);
    if (!missing.isEmpty()) {
      log.info("Loaded {} succession lines from {}", missing.size(), SUCCESSION);
    }
    return missing.size();
  }

  /** Rows of a shipped CSV; the official names contain no commas. */
  private static List<String[]> read(String resource, String expectedHeader, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (!expectedHeader.equals(header)) {
        throw new IllegalStateException("Unexpected header in " + resource + ": " + header);
      }
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != columns) {
          throw new IllegalStateException("Malformed line in " + resource + ": " + line);
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
