package vn.learningcommunity.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.learningcommunity.validation.VietnameseDates;

/**
 * Delivers the outbox over SMTP ({@code spring.mail.*}) when {@code learning-community.mail.enabled}
 * is on. Each message is claimed in a transaction of its own before it is sent, so that two nodes
 * never send it twice; a failed delivery is released and tried again. Officials who chose a daily
 * digest get one message a day (07:00) listing what waited for them.
 */
@Component
class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 50;
  private static final DateTimeFormatter DAY = VietnameseDates.DATE.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final OutboxRepository messages;
  private final ObjectProvider<JavaMailSender> mail;
  private final TransactionTemplate transactions;
  private final boolean enabled;
  private final String from;
  private final Clock clock;

  OutboxSender(OutboxRepository messages, ObjectProvider<JavaMailSender> mail, TransactionTemplate transactions,
      @Value("${learning-community.mail.enabled:false}") boolean enabled,
      @Value("${learning-community.mail.from:khong-tra-loi@congdonghoctap.vn}") String from, Clock clock) {
    this.messages = messages;
    this.mail = mail;
    this.transactions = transactions;
    this.enabled = enabled;
    this.from = from;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void sayWhetherMailIsOn() {
    if (!enabled || mail.getIfAvailable() == null) {
      log.info("Gửi thư điện tử đang tắt (learning-community.mail.enabled, spring.mail.host): thư báo cho cán bộ được giữ "
          + "trong hộp thư đi (bảng mail_outbox) và sẽ được gửi khi bật.");
    }
  }

  /**
   * Sends each official who chose a daily digest one message listing what waited for them; returns
   * how many digests were sent.
   */
  @Scheduled(cron = "${learning-community.mail.digest-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
  public int sendDailyDigests() {
    JavaMailSender sender = mail.getIfAvailable();
    if (!enabled || sender == null) {
      return 0;
    }
    Map<String, List<OutboxMessage>> byRecipient = transactions.execute(status -> messages.findPendingDigestMessages())
        .stream().collect(Collectors.groupingBy(OutboxMessage::getRecipient, LinkedHashMap::new, Collectors.toList()));
    int sent = 0;
    for (Map.Entry<String, List<OutboxMessage>> digest : byRecipient.entrySet()) {
      List<OutboxMessage> claimed = digest.getValue().stream()
          .filter(m -> Boolean.TRUE.equals(transactions.execute(status -> messages.claim(m.getId(), Instant.now(clock)) == 1)))
          .toList();
      if (claimed.isEmpty()) {
        continue;
      }
      StringBuilder body = new StringBuilder("Kính gửi anh/chị,\n\nCác thông báo về công việc của anh/chị trên hệ thống "
          + "đánh giá, công nhận \"Cộng đồng học tập\" từ lần tổng hợp trước:\n");
      int position = 1;
      for (OutboxMessage message : claimed) {
        body.append("\n").append(position++).append(". ").append(message.getSubject()).append("\n")
            .append(linkOf(message.getBody())).append("\n");
      }
      body.append("\nThư này do hệ thống gửi tự động; xin đừng trả lời.");
      String subject = "Tổng hợp công việc ngày " + DAY.format(Instant.now(clock)) + ": " + claimed.size() + " thông báo";
      if (deliver(sender, digest.getKey(), subject, body.toString(), claimed.stream().map(OutboxMessage::getId).toList())) {
        sent++;
      }
    }
    return sent;
  }

  /** Sends what waits in the outbox; returns how many were sent. */
  @Scheduled(fixedDelayString = "${learning-community.mail.send-every:PT30S}")
  public int sendPending() {
    JavaMailSender sender = mail.getIfAvailable();
    if (!enabled || sender == null) {
      return 0;
    }
    int sent = 0;
    for (Long id : transactions.execute(status -> messages.findPendingIds(PageRequest.of(0, BATCH)))) {
      Boolean claimed = transactions.execute(status -> messages.claim(id, Instant.now(clock)) == 1);
      if (!Boolean.TRUE.equals(claimed)) {
        continue;
      }
      OutboxMessage message = transactions.execute(status -> messages.findById(id).orElseThrow());
      if (deliver(sender, message.getRecipient(), message.getSubject(), message.getBody(), List.of(id))) {
        sent++;
      }
    }
    return sent;
  }

  /** Sends one message for the claimed outbox entries; marks them sent, or releases them to be tried again. */
  private boolean deliver(JavaMailSender sender, String recipient, String subject, String body, List<Long> ids) {
    try {
      MimeMessage mime = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(recipient);
      helper.setSubject(subject);
      helper.setText(body, false);
      sender.send(mime);
      transactions.executeWithoutResult(status -> ids.forEach(id -> messages.markSent(id, Instant.now(clock))));
      return true;
    } catch (MailException | MessagingException e) {
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      String shortened = error.length() > 500 ? error.substring(0, 500) : error;
      transactions.executeWithoutResult(status -> ids.forEach(id -> messages.release(id, shortened)));
      log.warn("Could not send mail {} to {}: {}", ids, recipient, error);
      return false;
    }
  }

  /** The line of a notice that links to its task. */
  private static String linkOf(String body) {
    return body.lines().filter(line -> line.startsWith("Mở công việc: ")).findFirst().orElse("");
  }
}
