package dev.lexicon.adapter.web.json;

import dev.lexicon.domain.user.Role;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads a role from a JSON string that is exactly its name. Serde's enum reader would also take
 * {@code ["ADMIN"]}, the array unwrapped.
 */
@Singleton
final class StrictRole implements Deserializer<Role> {

  @Override
  public Role deserialize(Decoder decoder, DecoderContext context, Argument<? super Role> type)
      throws IOException {
    JsonNode node = decoder.decodeNode();
    if (node.isString()) {
      String name = node.getStringValue();
      for (Role role : Role.values()) {
        if (role.name().equals(name)) {
          return role;
        }
      }
    }
    throw JsonFieldTypes.wrongType(decoder);
  }

  static String names() {
    return String.join(" and ", Arrays.stream(Role.values()).map(Role::name).toList());
  }
}
