package dev.lexicon.application.error;

/**
 * The store behind a port cannot be reached right now: the request was not carried out and may
 * succeed later, once the store is back. Unlike the refusals under {@link LexiconException} this is
 * a fault, so it keeps its cause and stack trace for the log.
 */
public final class StoreUnavailable extends RuntimeException {

  public StoreUnavailable(Throwable cause) {
    super("The data store cannot be reached.", cause);
  }
}
