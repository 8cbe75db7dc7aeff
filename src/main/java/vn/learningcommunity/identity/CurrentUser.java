package vn.learningcommunity.identity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine's current command, for the application's records. */
public final class CurrentUser {

  private CurrentUser() {}

  /** The logged-in user completing the step, or null when the engine acts on its own (a timer). */
  public static String of(DelegateExecution execution) {
    Authentication authentication = authentication(execution);
    return authentication == null ? null : authentication.getUserId();
  }

  /** The logged-in user with their groups, or null when the engine or the application acts on its own. */
  public static Authentication authentication(DelegateExecution execution) {
    return execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
  }
}
