package dev.lexicon.adapter.web.problem;

import dev.lexicon.domain.InvalidValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the domain values of one request and collects every rule each breaks, so a client learns
 * all that is wrong at once instead of one field per round trip.
 */
public final class Violations {

  private final List<FieldError> errors = new ArrayList<>();

  /**
   * Builds a value from a JSON field that must be a string. Request fields are read as JSON nodes
   * because a plain {@code String} field would silently accept {@code 42} as {@code "42"}.
   */
  public <T> @Nullable T fromString(
      String field, @Nullable JsonNode node, Function<String, T> factory) {
    if (node == null || node.isNull()) {
      add(field, "is required");
      return null;
    }
    if (!node.isString()) {
      add(field, "must be a string");
      return null;
    }
    return attempt(() -> factory.apply(node.getStringValue()));
  }

  /** The raw text of a JSON field that must be a string, with no further rule. */
  public @Nullable String string(String field, @Nullable JsonNode node) {
    return fromString(field, node, Function.identity());
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
