package vn.learningcommunity.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

  boolean existsByEventKeyAndRecipient(String eventKey, String recipient);

  @Query("select m.id from OutboxMessage m where m.sentAt is null and m.claimedAt is null and m.digest = false order by m.id")
  List<Long> findPendingIds(org.springframework.data.domain.Pageable page);

  @Query("select m from OutboxMessage m where m.sentAt is null and m.claimedAt is null and m.digest = true"
      + " order by m.recipient, m.id")
  List<OutboxMessage> findPendingDigestMessages();

  /** Takes a message for sending; 1 when this node took it, 0 when another did first. */
  @Modifying
  @Query("update OutboxMessage m set m.claimedAt = :now, m.attempts = m.attempts + 1 where m.id = :id and m.claimedAt is null"
      + " and m.sentAt is null")
  int claim(@Param("id") Long id, @Param("now") Instant now);

  @Modifying
  @Query("update OutboxMessage m set m.sentAt = :now where m.id = :id")
  int markSent(@Param("id") Long id, @Param("now") Instant now);

  /** A failed delivery goes back to the outbox, to be tried again. */
  @Modifying
  @Query("update OutboxMessage m set m.claimedAt = null, m.lastError = :error where m.id = :id")
  int release(@Param("id") Long id, @Param("error") String error);
}
