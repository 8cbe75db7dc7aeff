package vn.learningcommunity.validation;

import java.util.List;

/**
 * Input that the application refuses, with the reasons in Vietnamese for the person who typed it.
 * Thrown before anything is changed, so the caller can correct and try again.
 */
public class RejectedInputException extends RuntimeException {

  private final List<String> reasons;

  public RejectedInputException(List<String> reasons) {
    super(String.join(" ", reasons));
    this.reasons = List.copyOf(reasons);
    // wherever it is thrown inside the engine (a task listener, a delegate), the REST layer can answer with it
    RejectionCapture.record(this);
  }

  public RejectedInputException(String reason) {
    this(List.of(reason));
  }

  public List<String> getReasons() {
    return reasons;
  }

  /** The HTTP status the refusal is answered with. */
  public int status() {
    return 400;
  }
}
