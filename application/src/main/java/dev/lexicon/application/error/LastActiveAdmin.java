package dev.lexicon.application.error;

/** The change would leave the service without an active administrator. */
public final class LastActiveAdmin extends LexiconException {

  public LastActiveAdmin() {
    super("This is the last active administrator; make another one first.");
  }
}
