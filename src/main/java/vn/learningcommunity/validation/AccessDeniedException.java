package vn.learningcommunity.validation;

/** The user may not do this; the message says why, in Vietnamese (HTTP 403). */
public class AccessDeniedException extends RejectedInputException {

  public AccessDeniedException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 403;
  }
}
