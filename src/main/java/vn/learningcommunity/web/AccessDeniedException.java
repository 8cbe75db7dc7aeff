package vn.learningcommunity.web;

/** The authenticated user may not do this; the message says why, in Vietnamese. */
public class AccessDeniedException extends RuntimeException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
