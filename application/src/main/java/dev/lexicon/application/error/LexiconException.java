package dev.lexicon.application.error;

/**
 * A use case refused a request for a business reason. Each subtype is one reason, so a driving
 * adapter can answer each in its own way. They carry no stack trace: they are outcomes, not faults.
 */
public abstract class LexiconException extends RuntimeException {

  protected LexiconException(String message) {
    super(message, null, false, false);
  }
}
