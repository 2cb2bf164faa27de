package dev.lexicon.adapter.web.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lexicon.domain.user.Role;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.config.annotation.SerdeConfig;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;

/**
 * Tells a request body whose JSON was well-formed but held a field of the wrong JSON type (a number
 * where a string belongs, a string where a list belongs) from one that could not be read at all, so
 * that the first is reported under the field's name, as API.md asks.
 */
public final class JsonFieldTypes {

  /**
   * What a list of roles must be; an empty list breaks the same rule as one of the wrong type, so
   * both get this message.
   */
  public static final String ROLE_LIST_RULE = "must be a non-empty list of " + StrictRole.names();

  private JsonFieldTypes() {}

  /** One field of a request body that held the wrong JSON type, and the type it must have. */
  public record Mismatch(String field, String rule) {}

  /**
   * The field whose type failed to bind, when {@code failure} (or one of its causes) is serde's
   * report of such a field; empty for malformed JSON, which Jackson reports, and anything else.
   */
  public static Optional<Mismatch> of(Throwable failure) {
    SerdeException fieldFailure = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException) {
        return Optional.empty();
      }
      if (fieldFailure == null
          && cause instanceof SerdeException serde
          && !serde.getPath().isEmpty()) {
        fieldFailure = serde;
      }
    }
    if (fieldFailure == null) {
      return Optional.empty();
    }
    return fieldFailure.getPath().stream()
        .filter(PropertyReferencePath.class::isInstance)
        .map(ReferencePath::getArgument)
        // The path runs from the innermost value out: the last property is the body's field.
        .reduce((inner, outer) -> outer)
        .map(property -> new Mismatch(jsonName(property), rule(property)));
  }

  static IOException wrongType(Decoder decoder) {
    return decoder.createDeserializationException("the JSON value has the wrong type", null);
  }

  private static String jsonName(Argument<?> property) {
    return property
        .getAnnotationMetadata()
        .stringValue(SerdeConfig.class, SerdeConfig.PROPERTY)
        .orElse(property.getName());
  }

  private static String rule(Argument<?> property) {
    Class<?> type = property.getType();
    if (type == String.class) {
      return "must be a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (Collection.class.isAssignableFrom(type)
        && property.getFirstTypeVariable().map(Argument::getType).orElse(null) == Role.class) {
      return ROLE_LIST_RULE;
    }
    return "has the wrong JSON type";
  }
}
