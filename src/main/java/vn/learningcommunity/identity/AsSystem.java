package vn.learningcommunity.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as the application itself, outside the authorizations of the official whose
 * request is being served: the application has already decided that the official may do this
 * (open a case after its checks, read a task's form), and officials hold no permission to do it
 * directly through the engine's API.
 */
public final class AsSystem {

  private AsSystem() {}

  public static <T> T call(IdentityService identity, Supplier<T> work) {
    Authentication official = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (official != null) {
        identity.setAuthentication(official);
      }
    }
  }
}
