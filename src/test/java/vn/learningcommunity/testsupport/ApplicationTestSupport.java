package vn.learningcommunity.testsupport;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.learningcommunity.access.Caller;
import vn.learningcommunity.dossier.CaseFileKind;
import vn.learningcommunity.dossier.CaseFiles;
import vn.learningcommunity.identity.GroupProvisioning;
import vn.learningcommunity.identity.UnitRole;

/**
 * The whole application on its configured database (H2, or PostgreSQL under -Ppostgres), with the
 * officials of Đồng Nai, of two of its communes and of the former district of Xuân Lộc, and clean case
 * tables before each test. The engine clock stands at 5 January 2027, 09:00 in Vietnam, during the
 * 2026 campaign, the first of two tiers: commune dossiers go to the Department of Education.
 * {@link #THREE_TIER_NOW} is a moment of the 2024 campaign, the last of three tiers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApplicationTestSupport {

  public static final String NOW = "2027-01-05T09:00:00+07:00";
  /** 6 January 2025, 09:00 in Vietnam, during the 2024 campaign: commune dossiers go to the district offices. */
  public static final String THREE_TIER_NOW = "2025-01-06T09:00:00+07:00";
  /** The administrator's password in application-test.yaml. */
  public static final String ADMIN_PASSWORD = "Kiem-thu-2026-so1";

  @Autowired protected TestRestTemplate http;
  @Autowired protected RuntimeService runtime;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected GroupProvisioning provisioning;
  @Autowired protected CaseFiles caseFiles;
  @Autowired private CacheManager caches;

  private static final Caller ADMINISTRATOR = new Caller("admin", List.of(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN));

  /** A small file whose content is a PDF, as officials attach minutes. */
  public static final byte[] MINUTES_PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
      .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @BeforeEach
  void cleanCasesAndSetTheClock() {
    ClockUtil.setCurrentTime(at(NOW));
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().rootProcessInstances().list()) {
      runtime.deleteProcessInstance(instance.getId(), "test clean-up", true, true);
    }
    for (String table : List.of("assessment_answer", "assessment_justification", "assessment", "dossier_return",
        "case_file_content", "case_file", "mail_outbox", "mail_preference",
        "deadline_notification", "recognition", "recognition_case", "campaign_report_line", "campaign_report",
        "campaign_exclusion", "campaign_milestone", "campaign")) {
      jdbc.update("delete from " + table);
    }
    // what a node remembers about deleted campaigns goes with them
    caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
    provisioning.ensureUser("dongnaidieuphoi", "Điều phối", "Đồng Nai", "demo",
        provisioning.ensureGroup(UnitRole.PROVINCE_COORDINATOR, "75", "Tỉnh Đồng Nai"));
    provisioning.ensureUser("xuanlocphonggd", "Chuyên viên", "Xuân Lộc", "demo",
        provisioning.ensureGroup(UnitRole.DISTRICT_OFFICE_STAFF, "741", "Huyện Xuân Lộc"));
    provisioning.ensureUser("xuanloctruongphong", "Trưởng phòng", "Xuân Lộc", "demo",
        provisioning.ensureGroup(UnitRole.DISTRICT_OFFICE_HEAD, "741", "Huyện Xuân Lộc"));
    provisioning.ensureUser("xuanbacdanhgia", "Tổ đánh giá", "Xuân Bắc", "demo",
        provisioning.ensureGroup(UnitRole.COMMUNE_ASSESSOR, "26428", "Xã Xuân Bắc"));
    provisioning.ensureUser("xuanbacchutich", "Chủ tịch", "Xuân Bắc", "demo",
        provisioning.ensureGroup(UnitRole.COMMUNE_CHAIR, "26428", "Xã Xuân Bắc"));
    provisioning.ensureUser("xuanlockhuyenhoc", "Hội Khuyến học", "Xuân Lộc", "demo",
        provisioning.ensureGroup(UnitRole.DISTRICT_ASSOCIATION, "741", "Huyện Xuân Lộc"));
    provisioning.ensureUser("xuanlocubnd", "UBND", "Xuân Lộc", "demo",
        provisioning.ensureGroup(UnitRole.DISTRICT_COMMITTEE, "741", "Huyện Xuân Lộc"));
    provisioning.ensureUser("dongnaisogd", "Chuyên viên", "Sở GD&ĐT", "demo",
        provisioning.ensureGroup(UnitRole.DEPARTMENT_STAFF, "75", "Tỉnh Đồng Nai"));
    provisioning.ensureUser("dongnaikhuyenhoc", "Hội Khuyến học", "Đồng Nai", "demo",
        provisioning.ensureGroup(UnitRole.PROVINCE_ASSOCIATION, "75", "Tỉnh Đồng Nai"));
    provisioning.ensureUser("dongnaigiamdoc", "Giám đốc", "Sở GD&ĐT", "demo",
        provisioning.ensureGroup(UnitRole.DEPARTMENT_DIRECTOR, "75", "Tỉnh Đồng Nai"));
    provisioning.ensureUser("dongnaiubnd", "UBND", "Tỉnh Đồng Nai", "demo",
        provisioning.ensureGroup(UnitRole.PROVINCE_COMMITTEE, "75", "Tỉnh Đồng Nai"));
    provisioning.ensureUser("bogdthamdinh", "Chuyên viên", "Bộ GD&ĐT", "demo",
        provisioning.ensureGroup(UnitRole.MINISTRY_REVIEWER, "75", "Bộ GD&ĐT"));
    provisioning.ensureUser("bogdbotruong", "Bộ trưởng", "Bộ GD&ĐT", "demo",
        provisioning.ensureGroup(UnitRole.MINISTER, "75", "Bộ GD&ĐT"));
    provisioning.ensureUser("xuanthanhdanhgia", "Tổ đánh giá", "Xuân Thành", "demo",
        provisioning.ensureGroup(UnitRole.COMMUNE_ASSESSOR, "26434", "Xã Xuân Thành"));
  }

  /** The review meeting's minutes attached to the dossier about to be sent, as an administrator may. */
  protected void attachMinutes(String businessKey) {
    caseFiles.attach(businessKey, CaseFileKind.MINUTES, "bien-ban-hop.pdf", MINUTES_PDF, ADMINISTRATOR);
  }

  /** The text of the latest version of a document the system generated for a case, words separated by one space. */
  protected String generatedText(String businessKey, CaseFileKind kind) {
    Long id = jdbc.queryForObject("select max(id) from case_file where case_business_key = ? and kind = ?", Long.class,
        businessKey, kind.name());
    if (id == null) {
      throw new AssertionError("Case " + businessKey + " has no " + kind);
    }
    return pdfText(caseFiles.download(businessKey, id, ADMINISTRATOR).content());
  }

  /** The text of a PDF, words separated by one space: lines wrap where the layout needs. */
  public static String pdfText(byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Runs every job that is due now (async continuations, timers), as the job executor would, until none is left. */
  protected int executeDueJobs(ManagementService management) {
    int executed = 0;
    for (int round = 0; round < 100; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("Jobs keep coming after 100 rounds");
  }

  public static Date at(String isoDateTime) {
    return Times.at(isoDateTime);
  }

  /** The tasks a user sees through the engine's REST API, as Tasklist would list them. */
  @SuppressWarnings("unchecked")
  protected List<Map<String, Object>> tasksOf(String user) {
    ResponseEntity<List> response = http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task", List.class);
    return response.getBody();
  }

  protected String onlyTaskOf(String user) {
    List<Map<String, Object>> tasks = tasksOf(user);
    if (tasks.size() != 1) {
      throw new AssertionError(user + " should see exactly one task, sees " + tasks);
    }
    return (String) tasks.get(0).get("id");
  }

  /** Submits a task form as Tasklist does, as the given official (password demo). */
  protected ResponseEntity<Map> submit(String user, String taskId, Map<String, Object> values) {
    return submit(user, "demo", taskId, values);
  }

  /** Submits a task form as Tasklist does, as the given user. */
  @SuppressWarnings("unchecked")
  protected ResponseEntity<Map> submit(String user, String password, String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, password).exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables), headers), Map.class);
  }
}
