package vn.learningcommunity.validation;

import java.util.Optional;

/**
 * Remembers, for the current request thread, the last rejection raised (every
 * {@link RejectedInputException} records itself). The engine wraps exceptions of listeners and
 * delegates in its own English message; {@code EngineErrorResponses} uses this to give REST
 * callers and Tasklist the rejection itself.
 */
public final class RejectionCapture {

  private static final ThreadLocal<RejectedInputException> CURRENT = new ThreadLocal<>();

  private RejectionCapture() {}

  static void record(RejectedInputException rejection) {
    CURRENT.set(rejection);
  }

  public static Optional<RejectedInputException> take() {
    RejectedInputException rejection = CURRENT.get();
    CURRENT.remove();
    return Optional.ofNullable(rejection);
  }
}
