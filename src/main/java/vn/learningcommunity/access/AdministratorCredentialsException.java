package vn.learningcommunity.access;

/** The first administrator's credentials are missing or weak: the application does not start. */
class AdministratorCredentialsException extends RuntimeException {

  AdministratorCredentialsException(String message) {
    super(message);
  }
}
