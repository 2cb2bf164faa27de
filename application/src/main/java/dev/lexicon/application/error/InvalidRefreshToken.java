package dev.lexicon.application.error;

/** Unknown, expired, retired or revoked: one outcome, so a caller learns nothing from it. */
public final class InvalidRefreshToken extends LexiconException {

  public InvalidRefreshToken() {
    super("The refresh token is not valid.");
  }
}
