package vn.learningcommunity.identity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine's current command, for the application's records. */
public final class CurrentUser {

  private CurrentUser() {}

  /** The logged-in user completing the step, or null when the engine acts on its own (a timer). */
  public static String of(DelegateExecution execution) {
    Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
