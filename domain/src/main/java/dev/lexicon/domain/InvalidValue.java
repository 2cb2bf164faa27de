package dev.lexicon.domain;

/**
 * A value broke a business rule, so the domain object that would hold it cannot exist. The field
 * names the attribute in the business vocabulary, which is also the name clients send.
 */
public final class InvalidValue extends RuntimeException {

  private final String field;

  public InvalidValue(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
