package dev.lexicon.adapter.web.problem;

import dev.lexicon.domain.InvalidValue;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the domain values of one request and collects every rule each breaks, so a client learns
 * all that is wrong at once instead of one field per round trip.
 */
public final class Violations {

  private static final String REQUIRED = "is required";

  private final List<FieldError> errors = new ArrayList<>();

  /**
   * Builds a value from a required field of a request body. Its JSON type was checked when the body
   * was read; a field that was left out or sent as {@code null} arrives here as {@code null}.
   */
  public <T> @Nullable T fromString(
      String field, @Nullable String text, Function<String, T> factory) {
    if (text == null) {
      add(field, REQUIRED);
      return null;
    }
    return attempt(() -> factory.apply(text));
  }

  /** The text of a required field, with no further rule. */
  public @Nullable String string(String field, @Nullable String text) {
    return fromString(field, text, Function.identity());
  }

  /** Builds a value whose rules report under their own field name. */
  public <T> @Nullable T attempt(Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValue invalid) {
      add(invalid.field(), invalid.getMessage());
      return null;
    }
  }

  /** Builds a value and reports a broken rule under {@code field}, whatever the rule calls it. */
  public <T> @Nullable T attempt(String field, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValue invalid) {
      add(field, invalid.getMessage());
      return null;
    }
  }

  public void add(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  /** Ends the request with a 400 when any rule was broken. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidRequest(errors);
    }
  }
}
