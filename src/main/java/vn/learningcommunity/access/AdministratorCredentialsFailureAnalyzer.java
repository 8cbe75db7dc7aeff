package vn.learningcommunity.access;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says at start-up, in one paragraph and without a stack trace, what the operator must set. */
class AdministratorCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<AdministratorCredentialsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdministratorCredentialsException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set LEARNING_COMMUNITY_ADMIN_USER and a strong LEARNING_COMMUNITY_ADMIN_PASSWORD (at least "
            + FirstAdministrator.MINIMUM_LENGTH + " characters, letters and digits) and start again; the embedded demo "
            + "(no profile) needs neither.", cause);
  }
}
