package dev.lexicon.adapter.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParseException;
import dev.lexicon.domain.user.Role;
import io.micronaut.core.type.Argument;
import io.micronaut.http.codec.CodecException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonFieldTypesTest {

  record Body(String value, Boolean isActive, List<Role> roles) {}

  /** What serde throws when a property's reader refuses its JSON, as the framework wraps it. */
  static Throwable refusedProperty(Argument<?> property, Throwable cause) {
    SerdeException refused = new SerdeException("refused", cause);
    refused.getPath().add(ReferencePath.ofProperty(Body.class, property));
    return new CodecException("Error decoding JSON stream", refused);
  }

  @Test
  void a_string_field_of_another_json_type_is_named_with_its_rule() {
    Throwable failure = refusedProperty(Argument.of(String.class, "value"), null);

    assertEquals(
        Optional.of(new JsonFieldTypes.Mismatch("value", "must be a string")),
        JsonFieldTypes.of(failure));
  }

  @Test
  void a_boolean_field_of_another_json_type_is_named_with_its_rule() {
    Throwable failure = refusedProperty(Argument.of(Boolean.class, "isActive"), null);

    assertEquals(
        Optional.of(new JsonFieldTypes.Mismatch("isActive", "must be true or false")),
        JsonFieldTypes.of(failure));
  }

  @Test
  void a_role_list_of_another_json_type_names_the_roles_it_takes() {
    Throwable failure = refusedProperty(Argument.listOf(Role.class), null);

    assertEquals(
        "must be a non-empty list of USER and ADMIN",
        JsonFieldTypes.of(failure).orElseThrow().rule());
  }

  @Test
  void json_that_cannot_be_parsed_is_no_field_type_mismatch() {
    Throwable failure =
        refusedProperty(
            Argument.of(String.class, "value"), new JsonParseException(null, "unexpected end"));

    assertEquals(Optional.empty(), JsonFieldTypes.of(failure));
  }

  @Test
  void a_body_that_is_not_an_object_is_no_field_type_mismatch() {
    Throwable failure = new CodecException("Error decoding JSON stream", new SerdeException("[]"));

    assertEquals(Optional.empty(), JsonFieldTypes.of(failure));
  }
}
