package vn.learningcommunity.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of the packaged application on one empty PostgreSQL database, as a national service
 * runs: started at the same moment, one of them killed (kill -9) in the middle of a campaign's
 * fan-out, timers made due at once. Checks what must hold (everything created once, nothing lost,
 * every job run once, both nodes working); the times it takes are printed and written to
 * target/cluster-report.txt, never asserted. {@code mvn verify -Ppostgres,cluster} (README,
 * "Operations").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesClusterIT {

  private static final String ADMIN = "quantri";
  private static final String ADMIN_PASSWORD = "Cum-may-2026-kiem-thu";
  private static final String SERVER = System.getProperty("cluster.db.server", "jdbc:postgresql://localhost:5432/");
  private static final String DATABASE = "learning_community_cluster";
  /** Ho Chi Minh City, Thanh Hóa and Phú Thọ: the three largest provinces after the reform, ~480 communes. */
  private static final List<String> PROVINCES = List.of("79", "38", "25");
  private static final String COMMUNE_CASES = "select count(*) from act_ru_execution e join act_re_procdef d"
      + " on e.proc_def_id_ = d.id_ where d.key_ = 'communeRecognition' and e.parent_id_ is null";
  private static final Path REPORT = Path.of("target", "cluster-report.txt");

  private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final List<String> report = new ArrayList<>();
  private static Node nodeA;
  private static Node nodeB;

  record Node(String name, int port, Process process) {
    URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }

  @BeforeAll
  static void emptyDatabase() throws SQLException {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + DATABASE + " with (force)");
      sql.execute("create database " + DATABASE);
    }
  }

  @AfterAll
  static void stopNodes() throws IOException {
    for (Node node : new Node[] {nodeA, nodeB}) {
      if (node != null) {
        node.process().destroyForcibly();
      }
    }
    Files.writeString(REPORT, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  @Order(1)
  void twoNodesStartedTogetherOnAnEmptyDatabaseBothComeUpAndWriteEverythingOnce() throws Exception {
    Instant started = Instant.now();
    nodeA = start("node-a", 18081);
    nodeB = start("node-b", 18082);

    awaitReady(nodeA);
    awaitReady(nodeB);
    line("start-up", "both nodes ready %.0f s after they were started together on an empty database",
        seconds(started));

    assertThat(count("select count(*) from act_re_deployment")).as("deployments").isOne();
    assertThat(count("select count(*) from act_re_procdef where version_ > 1")).as("second versions").isZero();
    assertThat(count("select count(*) from (select code, valid_from from administrative_unit group by code, valid_from"
        + " having count(*) > 1) twice")).as("units written twice").isZero();
    assertThat(count("select count(*) from administrative_unit")).isEqualTo(10_806 + 3_355);
    assertThat(count("select count(*) from act_ru_filter")).as("Tasklist filters").isEqualTo(4);
    assertThat(count("select count(*) from act_id_user where id_ = '" + ADMIN + "'")).isOne();
    assertThat(count("select count(*) from recognition_case where business_key = '26428-2026'")).isOne();
    assertThat(count("select count(*) from act_ru_execution where business_key_ = '26428-2026' and parent_id_ is null"))
        .as("demo case instances").isOne();
    assertThat(count("select count(*) from \"flyway_schema_history\" where not \"success\"")).isZero();
  }

  @Test
  @Order(2)
  void aNodeKilledInTheMiddleOfAFanOutLosesAndDoublesNothing() throws Exception {
    long communes = 0;
    for (String province : PROVINCES) {
      communes += count("select count(*) from administrative_unit where unit_level = 'COMMUNE' and valid_to is null"
          + " and parent_code = '" + province + "'");
    }
    long expected = communes + count(COMMUNE_CASES); // the demo's cases are already open
    Instant opened = Instant.now();
    for (String province : PROVINCES) {
      HttpResponse<String> answer = post(nodeA, "/api/campaigns",
          "{\"provinceCode\": \"" + province + "\", \"evaluationYear\": 2026}");
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }
    awaitAtLeast(COMMUNE_CASES, expected - communes * 9 / 10, Duration.ofMinutes(3));

    long casesAtKill = count(COMMUNE_CASES);
    List<String> lockedAtKill = ids("select id_ from act_ru_job where lock_owner_ is not null");
    nodeA.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    Instant killed = Instant.now();
    // node B finishes its own jobs within moments; what is still locked as before is node A's, orphaned
    Thread.sleep(5_000);
    List<String> orphaned = lockedAtKill.isEmpty() ? List.of()
        : ids("select id_ from act_ru_job where lock_owner_ is not null and id_ in " + inList(lockedAtKill));

    awaitAtLeast(COMMUNE_CASES, expected, Duration.ofMinutes(5));
    awaitAtLeast("select count(*) = 0 from act_ru_job where type_ = 'message'", 1, Duration.ofMinutes(5));
    double finished = seconds(killed);
    String orphanedRuns = orphaned.isEmpty() ? "none" : String.format("node B ran them %.1f–%.1f s after the kill",
        secondsAfter(killed, "select min(timestamp_) from act_hi_job_log where job_state_ = 2 and job_id_ in " + inList(orphaned)),
        secondsAfter(killed, "select max(timestamp_) from act_hi_job_log where job_state_ = 2 and job_id_ in " + inList(orphaned)));
    line("kill -9 mid-fan-out", "%d communes in %d campaigns; node A killed %.1f s after opening (%d of %d cases started),"
        + " leaving %d jobs locked (lock time 45 s): %s; node B finished the fan-out %.1f s after the kill", communes,
        PROVINCES.size(), Duration.between(opened, killed).toMillis() / 1000.0, casesAtKill, expected, orphaned.size(),
        orphanedRuns, finished);

    assertThat(count(COMMUNE_CASES)).isEqualTo(expected);
    assertThat(count("select count(*) from recognition_case where evaluation_year = 2026")).isEqualTo(expected);
    assertThat(count("select count(*) from (select d.key_, e.business_key_ from act_ru_execution e join act_re_procdef d"
        + " on e.proc_def_id_ = d.id_ where e.parent_id_ is null group by d.key_, e.business_key_ having count(*) > 1) twice"))
        .as("cases started twice").isZero();
    assertThat(count("select count(*) from act_ru_incident")).as("incidents").isZero();
    assertThat(count("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_"
        + " having count(*) > 1) twice")).as("jobs run twice").isZero();
    Map<String, Long> byNode = jobsDoneByNode();
    line("jobs shared", "successful jobs by node: %s", byNode);
    assertThat(byNode).containsKeys("node-a", "node-b");
  }

  @Test
  @Order(3)
  void manyTimersDueAtOnceFireOnTheSurvivingNode() throws Exception {
    List<String> timers = ids("select id_ from act_ru_job where type_ = 'timer' order by duedate_, id_ limit 500");
    String ids = inList(timers);
    Instant due = Instant.now().plusSeconds(8);
    try (Connection db = database();
        PreparedStatement sql = db.prepareStatement("update act_ru_job set duedate_ = ? where id_ in " + ids)) {
      // the nearest reminders brought forward to one moment, as on the morning of a deadline
      sql.setTimestamp(1, Timestamp.from(due));
      sql.executeUpdate();
    }
    String fired = "select count(*) from act_hi_job_log where job_state_ = 2 and job_id_ in " + ids;
    awaitAtLeast(fired, 1, Duration.ofMinutes(3));
    double first = secondsAfter(due, "select min(timestamp_) from act_hi_job_log where job_state_ = 2 and job_id_ in " + ids);
    awaitAtLeast(fired, timers.size(), Duration.ofMinutes(5));
    double last = secondsAfter(due, "select max(timestamp_) from act_hi_job_log where job_state_ = 2 and job_id_ in " + ids);
    line("timers due at once", "%d timers due at one moment on the idle surviving node: first fired %.1f s after it, all %.1f s"
        + " after it", timers.size(), first, last);
    assertThat(count("select count(*) from act_ru_incident")).as("incidents").isZero();
  }

  // --- nodes -----------------------------------------------------------------------------------

  private static Node start(String name, int port) throws IOException {
    Path log = Path.of("target", "cluster-" + name + ".log");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-Duser.timezone=Asia/Ho_Chi_Minh", "-jar", System.getProperty("cluster.jar"),
        "--server.port=" + port,
        "--learning-community.demo.enabled=true", "--learning-community.demo.password=" + ADMIN_PASSWORD,
        // the engine writes this name into every job log entry: which node ran the job
        "--camunda.bpm.generic-properties.properties.hostname=" + name)
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
    builder.environment().put("DB_URL", SERVER + DATABASE);
    builder.environment().put("LEARNING_COMMUNITY_ADMIN_USER", ADMIN);
    builder.environment().put("LEARNING_COMMUNITY_ADMIN_PASSWORD", ADMIN_PASSWORD);
    return new Node(name, port, builder.start());
  }

  private static void awaitReady(Node node) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      assertThat(node.process().isAlive()).as(node.name() + " stopped; see target/cluster-" + node.name() + ".log").isTrue();
      try {
        if (http.send(HttpRequest.newBuilder(node.uri("/actuator/health/readiness")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // the port opens only once the context is up
      }
      Thread.sleep(500);
    }
    throw new AssertionError(node.name() + " not ready within 4 minutes");
  }

  private static HttpResponse<String> post(Node node, String path, String json) throws Exception {
    String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(node.uri(path)).header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  // --- database --------------------------------------------------------------------------------

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
  }

  private static long count(String query) throws SQLException {
    try (Connection db = database(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      Object value = rows.getObject(1);
      return value instanceof Boolean yes ? (yes ? 1 : 0) : ((Number) value).longValue();
    }
  }

  private static void awaitAtLeast(String query, long expected, Duration patience) throws Exception {
    Instant deadline = Instant.now().plus(patience);
    long seen = count(query);
    while (seen < expected) {
      assertThat(Instant.now()).as("waited %s for %d, saw %d: %s", patience, expected, seen, query).isBefore(deadline);
      Thread.sleep(200);
      seen = count(query);
    }
  }

  private static List<String> ids(String query) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection db = database(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  private static String inList(List<String> ids) {
    return "('" + String.join("', '", ids) + "')";
  }

  private static Map<String, Long> jobsDoneByNode() throws SQLException {
    Map<String, Long> byNode = new TreeMap<>();
    try (Connection db = database(); Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_")) {
      while (rows.next()) {
        byNode.put(rows.getString(1), rows.getLong(2));
      }
    }
    return byNode;
  }

  private static double secondsAfter(Instant moment, String query) throws SQLException {
    try (Connection db = database(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return Duration.between(moment, rows.getTimestamp(1).toInstant()).toMillis() / 1000.0;
    }
  }

  private static double seconds(Instant since) {
    return Duration.between(since, Instant.now()).toMillis() / 1000.0;
  }

  private static void line(String phase, String format, Object... values) {
    String text = String.format("%-22s %s", phase, String.format(format, values));
    System.out.println(text);
    report.add(text);
  }
}
