package dev.lexicon.application.error;

/**
 * Wrong password, unknown user or inactive account: deliberately one outcome, so a caller cannot
 * tell which.
 */
public final class InvalidCredentials extends LexiconException {

  public InvalidCredentials() {
    super("The username or password is incorrect.");
  }
}
