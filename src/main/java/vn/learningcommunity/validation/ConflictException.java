package vn.learningcommunity.validation;

/** What the user asked for exists already (a case, a campaign); the message names it (HTTP 409). */
public class ConflictException extends RejectedInputException {

  public ConflictException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }
}
