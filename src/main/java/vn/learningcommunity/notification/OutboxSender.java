package vn.learningcommunity.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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

/**
 * Delivers the outbox over SMTP ({@code spring.mail.*}) when {@code learning-community.mail.enabled}
 * is on. Each message is claimed in a transaction of its own before it is sent, so that two nodes
 * never send it twice; a failed delivery is released and tried again.
 */
@Component
class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 50;

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
      try {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBody(), false);
        sender.send(mime);
        transactions.executeWithoutResult(status -> messages.markSent(id, Instant.now(clock)));
        sent++;
      } catch (MailException | MessagingException e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        transactions.executeWithoutResult(status -> messages.release(id, error.length() > 500 ? error.substring(0, 500) : error));
        log.warn("Could not send mail {} to {}: {}", id, message.getRecipient(), error);
      }
    }
    return sent;
  }
}
