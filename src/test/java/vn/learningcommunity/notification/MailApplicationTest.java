package vn.learningcommunity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import vn.learningcommunity.testsupport.ApplicationTestSupport;
import vn.learningcommunity.testsupport.TaskTimers;
import vn.learningcommunity.testsupport.AtOnce;

/**
 * E-mail to officials, caught by a real SMTP server (GreenMail): a task arriving, a deadline nearing,
 * an escalation; one message per person per event, in Vietnamese; nothing from a rolled-back job.
 * The test profile points {@code spring.mail} at this server and leaves sending to the tests.
 */
class MailApplicationTest extends ApplicationTestSupport {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired OutboxSender sender;
  @Autowired Outbox outbox;
  @Autowired TransactionTemplate transactions;

  @BeforeEach
  void addresses() {
    // officials other tests gave an address (the CSV import) are not part of these events
    identity.createUserQuery().list().stream().filter(user -> user.getEmail() != null).forEach(user -> {
      user.setEmail(null);
      identity.saveUser(user);
    });
    email("xuanbacdanhgia", "danhgia@xuanbac.dongnai.gov.vn");
    email("dongnaisogd", "sogd@dongnai.gov.vn");
    // a second assessor of Xuân Bắc sharing the address gets one message, not two
    provisioning.ensureUser("xuanbacdanhgia2", "Tổ đánh giá", "Xuân Bắc", "demo", "xa26428danhgia");
    email("xuanbacdanhgia2", "danhgia@xuanbac.dongnai.gov.vn");
  }

  @Test
  void aTaskArrivingItsDeadlineNearingAndPassingEachTellTheOfficialsOnce() throws Exception {
    String instance = (String) http.withBasicAuth("dongnaidieuphoi", "demo").postForEntity("/api/commune-cases",
        Map.of("communeCode", "26428", "evaluationYear", 2026), Map.class).getBody().get("processInstanceId");
    assertThat(sender.sendPending()).isOne();
    assertThat(sender.sendPending()).isZero();
    MimeMessage arrived = smtp.getReceivedMessages()[0];
    assertThat(arrived.getAllRecipients()).extracting(Object::toString).containsExactly("danhgia@xuanbac.dongnai.gov.vn");
    assertThat(arrived.getSubject()).isEqualTo("Công việc mới: Tự đánh giá theo tiêu chí — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026");
    assertThat(GreenMailUtil.getBody(arrived)).isNotBlank();
    assertThat(new String(arrived.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Hạn xử lý: 17:00 ngày 08/01/2027",
            "https://cdht.dongnai.gov.vn/camunda/app/tasklist/default/#/?task=" + onlyTaskOf("xuanbacdanhgia"));

    management.executeJob(TaskTimers.of(management, instance, "Task_SelfAssessment", TaskTimers.REMINDER).getId());
    management.executeJob(TaskTimers.of(management, instance, "Task_SelfAssessment", TaskTimers.OVERDUE).getId());
    assertThat(sender.sendPending()).isEqualTo(4);
    assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0] + " | " + m.getSubject())
        .containsExactlyInAnyOrder(
            "danhgia@xuanbac.dongnai.gov.vn | Công việc mới: Tự đánh giá theo tiêu chí — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026",
            "danhgia@xuanbac.dongnai.gov.vn | Sắp đến hạn: Tự đánh giá theo tiêu chí — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026",
            "danhgia@xuanbac.dongnai.gov.vn | Quá hạn, đã báo cấp trên: Tự đánh giá theo tiêu chí — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026",
            "sogd@dongnai.gov.vn | Quá hạn, đã báo cấp trên: Tự đánh giá theo tiêu chí — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026",
            "sogd@dongnai.gov.vn | Công việc mới: Đôn đốc việc quá hạn — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026");
  }

  @Test
  void aRolledBackJobLeavesNoMailAndTheSameEventIsWrittenOnce() {
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      outbox.enqueue("test:1", List.of("xa26428danhgia"), "Thử", "Nội dung");
      throw new IllegalStateException("the job fails after writing its mail");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).isZero();

    transactions.executeWithoutResult(status -> outbox.enqueue("test:1", List.of("xa26428danhgia"), "Thử", "Nội dung"));
    transactions.executeWithoutResult(status -> outbox.enqueue("test:1", List.of("xa26428danhgia"), "Thử", "Nội dung"));
    assertThat(sender.sendPending()).isOne();
    assertThat(sender.sendPending()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void anOfficialWhoChoseADailyDigestGetsOneMessageForAllTheirNotices() throws Exception {
    email("xuanbacdanhgia2", null);
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.withBasicAuth("xuanbacdanhgia", "demo").exchange("/api/officials/me/mail", HttpMethod.PUT,
        new HttpEntity<>("{}", json), Map.class).getBody().get("message"))
        .isEqualTo("Cần cho biết có nhận thư tổng hợp hằng ngày hay không (dailyDigest: true hoặc false).");
    assertThat(http.withBasicAuth("xuanbacdanhgia", "demo").exchange("/api/officials/me/mail", HttpMethod.PUT,
        new HttpEntity<>(Map.of("dailyDigest", true), json), Map.class).getBody()).containsEntry("dailyDigest", true);
    assertThat(http.withBasicAuth("xuanbacdanhgia2", "demo").getForObject("/api/officials/me/mail", Map.class))
        .containsEntry("dailyDigest", false);

    String instance = (String) http.withBasicAuth("dongnaidieuphoi", "demo").postForEntity("/api/commune-cases",
        Map.of("communeCode", "26428", "evaluationYear", 2026), Map.class).getBody().get("processInstanceId");
    management.executeJob(TaskTimers.of(management, instance, "Task_SelfAssessment", TaskTimers.REMINDER).getId());
    assertThat(sender.sendPending()).isZero();
    assertThat(sender.sendDailyDigests()).isOne();
    assertThat(sender.sendDailyDigests()).isZero();
    MimeMessage digest = smtp.getReceivedMessages()[0];
    assertThat(digest.getSubject()).isEqualTo("Tổng hợp công việc ngày 05/01/2027: 2 thông báo");
    assertThat(new String(digest.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("1. Công việc mới: Tự đánh giá theo tiêu chí — Xã Xuân Bắc (Tỉnh Đồng Nai), năm 2026",
            "2. Sắp đến hạn: Tự đánh giá theo tiêu chí", "Mở công việc: https://cdht.dongnai.gov.vn/camunda/app/tasklist/");
  }

  @Test
  void theChoiceIsOnlyTheCallersOwnAndTheSameChoiceTwiceAtOnceIsKeptOnce() throws Exception {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    // a field naming someone else is refused and changes nothing of theirs
    ResponseEntity<Map> naming = http.withBasicAuth("xuanthanhdanhgia", "demo").exchange("/api/officials/me/mail",
        HttpMethod.PUT, new HttpEntity<>(Map.of("dailyDigest", true, "userId", "xuanbacdanhgia"), json), Map.class);
    assertThat(naming.getStatusCode().value()).isEqualTo(400);
    assertThat((String) naming.getBody().get("message")).contains("userId", "không được nhận");
    assertThat(http.withBasicAuth("xuanbacdanhgia", "demo").getForObject("/api/officials/me/mail", Map.class))
        .containsEntry("dailyDigest", false);
    for (int status : AtOnce.twice(() -> http.withBasicAuth("xuanbacdanhgia", "demo").exchange("/api/officials/me/mail",
        HttpMethod.PUT, new HttpEntity<>(Map.of("dailyDigest", true), json), Map.class).getStatusCode().value())) {
      assertThat(status).isIn(200, 409);
    }
    assertThat(http.withBasicAuth("xuanbacdanhgia", "demo").getForObject("/api/officials/me/mail", Map.class))
        .containsEntry("dailyDigest", true);
    assertThat(http.getForEntity("/api/officials/me/mail", Map.class).getStatusCode().value()).isEqualTo(401);
  }

  private void email(String userId, String address) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setEmail(address);
    identity.saveUser(user);
  }
}
