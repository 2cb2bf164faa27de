package dev.lexicon.application.error;

public final class EmailTaken extends LexiconException {

  public EmailTaken() {
    super("This email address is already registered.");
  }
}
