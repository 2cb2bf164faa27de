package dev.lexicon.adapter.web.problem;

import java.util.List;

/** A request broke one or more rules, each reported under the field it concerns. */
public final class InvalidRequest extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidRequest(List<FieldError> errors) {
    super("invalid request: " + errors, null, false, false);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
