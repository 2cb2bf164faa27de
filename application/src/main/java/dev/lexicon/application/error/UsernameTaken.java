package dev.lexicon.application.error;

public final class UsernameTaken extends LexiconException {

  public UsernameTaken() {
    super("This username is already taken.");
  }
}
