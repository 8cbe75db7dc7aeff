package vn.learningcommunity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import javax.sql.DataSource;
import java.time.LocalDate;
import vn.learningcommunity.deadline.Milestone;
import vn.learningcommunity.deadline.ProvinceCalendar;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.learningcommunity.identity.UnitRole;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.CommuneAnswers;

/**
 * How fast the application does a province's work, against a bare process of the same shape on the
 * same engine and database: the campaign's fan-out, commune cases worked through their six steps
 * over the engine's REST API by several clients, SQL statements per case, the query Tasklist sends
 * for an official's default filter, memory and database size, each with the machine's load.
 * Figures are printed (and written to target/benchmark-report.txt), never asserted.
 *
 * <pre>mvn verify -Ppostgres,benchmark [-Dbenchmark.cases=20] [-Dbenchmark.clients=4] [-Dbenchmark.national=true]</pre>
 */
@Tag("benchmark")
@Import(CaseWorkBenchmarkTest.CountedStatements.class)
class CaseWorkBenchmarkTest extends ApplicationTestSupport {

  private static final int CASES = Integer.getInteger("benchmark.cases", 20);
  private static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);
  private static final int FILTER_ROUNDS = 30;
  /** Cases of each kind worked before measuring, so that both are measured with a warm JVM. */
  private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 3);
  /** -Dbenchmark.national=true: also every province's campaigns of three years (~1e4 open tasks), the filters and the work again. */
  private static final boolean NATIONAL = Boolean.getBoolean("benchmark.national");
  private static final String[] STEPS = {"self-assessment", "approval", "verification", "evaluation", "association", "decision"};

  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired FilterService filters;
  @Autowired DataSource dataSource;
  @Autowired ProvinceCalendar calendar;

  private final List<String> report = new ArrayList<>();
  /** Time spent in each step of the phase being measured, all clients together. */
  private final Map<String, LongAdder> stepNanos = new java.util.concurrent.ConcurrentHashMap<>();

  /** Counts every SQL statement the application and the engine send. */
  @TestConfiguration
  static class CountedStatements {
    static final AtomicLong STATEMENTS = new AtomicLong();
    /** Statements by their beginning (verb and table), to see where a phase's statements go. */
    static final Map<String, AtomicLong> SHAPES = new java.util.concurrent.ConcurrentHashMap<>();

    @Bean
    static BeanPostProcessor countingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          if (bean instanceof DataSource source && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(source).name(name)
                .afterQuery((execution, queries) -> {
                  STATEMENTS.addAndGet(queries.size());
                  queries.forEach(query -> SHAPES.computeIfAbsent(shape(query.getQuery()), k -> new AtomicLong())
                      .incrementAndGet());
                }).build();
          }
          return bean;
        }
      };
    }

    private static String shape(String sql) {
      String flat = sql.replaceAll("\\s+", " ").trim();
      java.util.regex.Matcher table = TABLE.matcher(flat);
      return flat.split(" ")[0].toLowerCase(Locale.ROOT) + " " + (table.find() ? table.group(1).toLowerCase(Locale.ROOT) : "?");
    }

    private static final java.util.regex.Pattern TABLE =
        java.util.regex.Pattern.compile("(?i)\\b(?:from|into|update)\\s+([A-Za-z_]+)");
  }

  @Test
  void provinceWorkAgainstABareProcessOfTheSameShape() throws Exception {
    line("machine", "%d cores, load %s, database %s", Runtime.getRuntime().availableProcessors(), load(), database());

    // the campaign of Đồng Nai 2026: one case per commune, with its timers
    fanOut("fan-out Đồng Nai", "dongnaidieuphoi", "demo", List.of("75"), List.of(2026));
    List<String> communes = runtime.createProcessInstanceQuery().processDefinitionKey("communeRecognition")
        .processInstanceBusinessKeyLike("%-2026").orderByBusinessKey().asc().list().stream()
        .map(instance -> instance.getBusinessKey().split("-")[0]).toList();
    List<String> province = communes.subList(0, Math.min(CASES, communes.size()));
    List<String> warmUp = communes.subList(communes.size() - WARM_UP, communes.size());
    for (String commune : communes) {
      provisioning.ensureUser("b" + commune + "danhgia", "Tổ đánh giá", commune, "demo",
          provisioning.ensureGroup(UnitRole.COMMUNE_ASSESSOR, commune, "Xã " + commune));
      provisioning.ensureUser("b" + commune + "chutich", "Chủ tịch", commune, "demo",
          provisioning.ensureGroup(UnitRole.COMMUNE_CHAIR, commune, "Xã " + commune));
    }
    filterQueries(province.get(province.size() - 1));
    // the first cases of each kind run while the JVM still compiles their code paths: not measured
    warmUp.forEach(this::workCommuneCase);
    deployBareShape(warmUp).forEach(this::workBareCase);
    executeDueJobs(management);
    stepNanos.clear();
    Result app = work("application", province, this::workCommuneCase);
    Result bare = work("bare process", deployBareShape(province), this::workBareCase);
    ratio("ratio", app, bare);

    if (NATIONAL) {
      // every province's campaigns of 2025 (opened late, with deadlines a year on), 2026 and 2027: ~1e4 open commune tasks
      List<String> provinces = jdbc.queryForList("select code from administrative_unit where unit_level = 'PROVINCE'"
          + " and valid_to is null order by code", String.class);
      fanOut("fan-out national", "admin", ADMIN_PASSWORD, provinces.stream().filter(code -> !code.equals("75")).toList(),
          List.of(2026));
      fanOut("fan-out national", "admin", ADMIN_PASSWORD, provinces, List.of(2027, 2025));
      jdbc.execute("analyze");
      List<String> more = communes.subList(province.size(), Math.min(2 * CASES, communes.size()));
      filterQueries(more.get(more.size() - 1));
      Result appAtScale = work("application at scale", more, this::workCommuneCase);
      Result bareAtScale = work("bare process at scale", deployBareShape(more), this::workBareCase);
      ratio("ratio at scale", appAtScale, bareAtScale);
    }

    System.gc();
    Runtime memory = Runtime.getRuntime();
    line("memory", "heap used after GC %d MB of %d MB", (memory.totalMemory() - memory.freeMemory()) >> 20,
        memory.maxMemory() >> 20);
    if (database().startsWith("PostgreSQL")) {
      line("database", "%d MB", jdbc.queryForObject("select pg_database_size(current_database())", Long.class) >> 20);
    }
    Path file = Path.of("target", "benchmark-report.txt");
    Files.createDirectories(file.getParent());
    Files.write(file, report);
    assertThat(app.cases()).isEqualTo(province.size());
  }

  /** Campaigns opened through the API, their fan-out run as the job executor would. */
  private void fanOut(String phase, String user, String password, List<String> provinces, List<Integer> years) {
    long statements = CountedStatements.STATEMENTS.get();
    long casesBefore = runtime.createProcessInstanceQuery().processDefinitionKey("communeRecognition").count();
    long started = System.nanoTime();
    for (int year : years) {
      for (String province : provinces) {
        ResponseEntity<String> opened = http.withBasicAuth(user, password).postForEntity("/api/campaigns",
            Map.of("provinceCode", province, "evaluationYear", year, "deadlines", deadlinesStillAhead(year)), String.class);
        assertThat(opened.getStatusCode().value()).as(province + "-" + year + " " + opened.getBody()).isEqualTo(201);
      }
    }
    executeDueJobs(management);
    double seconds = seconds(started);
    long cases = runtime.createProcessInstanceQuery().processDefinitionKey("communeRecognition").count() - casesBefore;
    line(phase, "%d campaigns, %d commune cases (%d timers in all) in %.1f s (%.0f cases/s), %d statements per case, load %s",
        provinces.size() * years.size(), cases, management.createJobQuery().timers().count(), seconds, cases / seconds,
        (CountedStatements.STATEMENTS.get() - statements) / Math.max(cases, 1), load());
  }

  /** The year's default deadlines, a year later for every year whose own have passed. */
  private Map<Milestone, LocalDate> deadlinesStillAhead(int year) {
    LocalDate today = LocalDate.ofInstant(at(NOW).toInstant(), ProvinceCalendar.ZONE);
    Map<Milestone, LocalDate> deadlines = new java.util.EnumMap<>(calendar.defaults(year));
    while (deadlines.values().stream().anyMatch(day -> day.isBefore(today))) {
      deadlines.replaceAll((milestone, day) -> day.plusYears(1));
    }
    return deadlines;
  }

  private void ratio(String phase, Result app, Result bare) {
    line(phase, "application ÷ bare: throughput %.2f, statements per case %.2f", app.casesPerSecond() / bare.casesPerSecond(),
        (double) app.statementsPerCase() / bare.statementsPerCase());
  }

  record Result(int cases, double seconds, long statementsPerCase) {
    double casesPerSecond() {
      return cases / seconds;
    }
  }

  /** Cases worked at once by the clients, then the jobs they leave (the case's end) run as the job executor would. */
  private Result work(String what, List<String> keys, Consumer<String> oneCase) throws Exception {
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(keys);
    long statements = CountedStatements.STATEMENTS.get();
    Map<String, Long> shapesBefore = shapes();
    long jvmCpu = jvmCpuNanos();
    long databaseCpu = databaseCpuNanos();
    long started = System.nanoTime();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        done.add(clients.submit(() -> {
          for (String key = queue.poll(); key != null; key = queue.poll()) {
            oneCase.accept(key);
          }
          return null;
        }));
      }
      for (Future<?> client : done) {
        client.get();
      }
    } finally {
      clients.shutdown();
    }
    executeDueJobs(management);
    line(what + " per step", "mean ms (find the task + submit its form): %s", stepNanos.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(step -> step.getKey() + " " + step.getValue().sum() / 1_000_000 / keys.size()).toList());
    stepNanos.clear();
    Result result = new Result(keys.size(), seconds(started),
        (CountedStatements.STATEMENTS.get() - statements) / keys.size());
    line(what, "%d cases × %d steps by %d clients in %.1f s: %.2f cases/s, %d statements per case, load %s",
        result.cases(), STEPS.length, CLIENTS, result.seconds(), result.casesPerSecond(), result.statementsPerCase(), load());
    line(what + " CPU", "per case: JVM %d ms (clients included), PostgreSQL %d ms",
        (jvmCpuNanos() - jvmCpu) / 1_000_000 / keys.size(), (databaseCpuNanos() - databaseCpu) / 1_000_000 / keys.size());
    Map<String, Long> shapesAfter = shapes();
    shapesAfter.entrySet().stream()
        .map(shape -> Map.entry(shape.getKey(), shape.getValue() - shapesBefore.getOrDefault(shape.getKey(), 0L)))
        .filter(shape -> shape.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
        .forEach(shape -> line(what + " statements", "%-45s %6.1f per case", shape.getKey(),
            (double) shape.getValue() / keys.size()));
    return result;
  }

  /** A commune case's six steps: who does each, with the values a level-1 commune sends. */
  record Step(String user, Map<String, Object> values) {}

  private static List<Step> communeSteps(String commune) {
    Map<String, Object> level1 = CommuneAnswers.level1();
    return List.of(new Step("b" + commune + "danhgia", CommuneAnswers.selfAssessmentForm(level1, "2027-01-04")),
        new Step("b" + commune + "chutich", Map.of("chairDecision", "APPLY", "appliedLevel", "1")),
        new Step("dongnaisogd", Map.of("verificationResult", "COMPLETE")),
        new Step("dongnaisogd", CommuneAnswers.evaluationForm(level1)),
        new Step("dongnaikhuyenhoc", CommuneAnswers.associationForm(level1)),
        new Step("dongnaigiamdoc", Map.of("headDecision", "RECOGNISE", "recognisedLevel", "1",
            "decisionNumber", "15/QĐ-SGDĐT", "decisionDate", "2027-01-05")));
  }

  private void workCommuneCase(String commune) {
    String key = commune + "-2026";
    List<Step> steps = communeSteps(commune);
    for (int i = 0; i < steps.size(); i++) {
      if (i == 1) {
        timed("minutes", () -> attachMinutes(key)); // the Chair sends only with the meeting's minutes
      }
      Step step = steps.get(i);
      timed(STEPS[i], () -> step(step.user(), "demo", key, step.values()));
    }
  }

  /** Adds the time the work takes to its step's total for the phase being measured. */
  private void timed(String stepName, Runnable work) {
    long started = System.nanoTime();
    work.run();
    stepNanos.computeIfAbsent(stepName, name -> new LongAdder()).add(System.nanoTime() - started);
  }

  /** One step as Tasklist does it: the user's task of this case, then its form submitted. */
  @SuppressWarnings("unchecked")
  private void step(String user, String password, String businessKey, Map<String, Object> values) {
    List<Map<String, Object>> tasks = http.withBasicAuth(user, password)
        .getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey, List.class);
    assertThat(tasks).as(user + " " + businessKey).hasSize(1);
    assertThat(submit(user, password, (String) tasks.get(0).get("id"), values).getStatusCode().value())
        .as(user + " " + businessKey).isEqualTo(204);
  }

  /**
   * The same shape without the application: six user tasks of one candidate group, each with a
   * reminder and a deadline timer, submitted with the same values over the same API.
   */
  private List<String> deployBareShape(List<String> communes) {
    ProcessBuilder process = Bpmn.createExecutableProcess("bareCase").camundaHistoryTimeToLive(1);
    AbstractFlowNodeBuilder<?, ?> flow = process.startEvent();
    for (int i = 0; i < STEPS.length; i++) {
      String task = "Task_" + i;
      UserTaskBuilder userTask = flow.userTask(task).name(STEPS[i]).camundaCandidateGroups("bare");
      userTask.boundaryEvent(task + "_reminder").cancelActivity(false).timerWithDuration("P30D").endEvent();
      userTask.boundaryEvent(task + "_deadline").cancelActivity(false).timerWithDuration("P60D").endEvent();
      flow = userTask;
    }
    BpmnModelInstance model = flow.endEvent().done();
    repository.createDeployment().addModelInstance("bareCase.bpmn", model).deploy();
    List<String> keys = new ArrayList<>();
    for (String commune : communes) {
      runtime.startProcessInstanceByKey("bareCase", "bare-" + commune);
      keys.add("bare-" + commune);
    }
    return keys;
  }

  /** The commune's steps with the same values, each as the administrator. */
  private void workBareCase(String businessKey) {
    List<Step> steps = communeSteps(businessKey.substring("bare-".length()));
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      timed(STEPS[i], () -> step("admin", ADMIN_PASSWORD, businessKey, step.values()));
    }
  }

  /** The query Tasklist sends for an official's default filter, as a commune, the Department and a coordinator. */
  private void filterQueries(String commune) {
    long openCases = runtime.createProcessInstanceQuery().processDefinitionKey("communeRecognition").count();
    String filterId = filters.createFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    Map<String, Object> body = Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")),
        "processVariables", List.of(), "taskVariables", List.of(), "caseInstanceVariables", List.of());
    long openTasks = taskCount();
    for (String user : List.of("b" + commune + "danhgia", "dongnaisogd", "dongnaidieuphoi")) {
      long[] listMillis = new long[FILTER_ROUNDS];
      long[] bothMillis = new long[FILTER_ROUNDS];
      for (int i = 0; i < FILTER_ROUNDS; i++) {
        long started = System.nanoTime();
        ResponseEntity<String> list = http.withBasicAuth(user, "demo").exchange("/engine-rest/filter/" + filterId
            + "/list?firstResult=0&maxResults=15", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        listMillis[i] = (System.nanoTime() - started) / 1_000_000;
        http.withBasicAuth(user, "demo").exchange("/engine-rest/filter/" + filterId + "/count", HttpMethod.POST,
            new HttpEntity<>(body, headers), String.class);
        bothMillis[i] = (System.nanoTime() - started) / 1_000_000;
        assertThat(list.getStatusCode().value()).isEqualTo(200);
      }
      java.util.Arrays.sort(listMillis);
      java.util.Arrays.sort(bothMillis);
      int p95 = (int) Math.ceil(FILTER_ROUNDS * 0.95) - 1;
      line("filter " + user, "\"Việc của đơn vị\" with %d open tasks (%d cases): list p50 %d ms, p95 %d ms;"
          + " list + count p50 %d ms, p95 %d ms", openTasks, openCases, listMillis[FILTER_ROUNDS / 2], listMillis[p95],
          bothMillis[FILTER_ROUNDS / 2], bothMillis[p95]);
    }
  }

  private static Map<String, Long> shapes() {
    Map<String, Long> copy = new java.util.HashMap<>();
    CountedStatements.SHAPES.forEach((shape, count) -> copy.put(shape, count.get()));
    return copy;
  }

  private long taskCount() {
    return jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class);
  }

  private String database() {
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
    } catch (java.sql.SQLException e) {
      return "?";
    }
  }

  private static long jvmCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU time of the local PostgreSQL's processes (user + system, from /proc); 0 where there is none to read. */
  private static long databaseCpuNanos() {
    long ticks = 0;
    try (var processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String stat = Files.readString(process.resolve("stat"));
          if (stat.contains("(postgres)")) {
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
          }
        } catch (IOException gone) {
          // the process ended meanwhile
        }
      }
    } catch (IOException notLinux) {
      return 0;
    }
    return ticks * 10_000_000; // 100 ticks per second
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException notLinux) {
      return "?";
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private void line(String phase, String format, Object... values) {
    String text = String.format(Locale.ROOT, "BENCHMARK %-28s ", phase) + String.format(Locale.ROOT, format, values);
    System.out.println(text);
    report.add(text);
  }
}
