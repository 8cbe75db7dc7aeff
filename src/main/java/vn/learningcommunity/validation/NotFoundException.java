package vn.learningcommunity.validation;

/** What the user asked for does not exist (yet); the message says what (HTTP 404). */
public class NotFoundException extends RejectedInputException {

  public NotFoundException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 404;
  }
}
