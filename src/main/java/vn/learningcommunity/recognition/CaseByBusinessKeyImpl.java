package vn.learningcommunity.recognition;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/**
 * By natural id rather than by a query: a step's validators, delegates and documents all ask for
 * their case within one transaction, and a query would go to the database each time (16 selects per
 * commune case); a natural-id lookup reads it once per transaction.
 */
class CaseByBusinessKeyImpl implements CaseByBusinessKey {

  @PersistenceContext
  private EntityManager entityManager;

  /** In the caller's transaction, or a read-only one of its own (the session must stay open for the lookup). */
  @Override
  @Transactional(readOnly = true)
  public Optional<RecognitionCase> findByBusinessKey(String businessKey) {
    return entityManager.unwrap(Session.class).bySimpleNaturalId(RecognitionCase.class).loadOptional(businessKey);
  }
}
