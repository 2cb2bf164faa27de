package dev.lexicon.adapter.web.json;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads a request's boolean fields from {@code true} and {@code false} only, where serde's own
 * reader would also take {@code "true"}, {@code 1} or {@code [true]}.
 */
@Singleton
final class StrictBoolean implements Deserializer<Boolean> {

  @Override
  public Boolean deserialize(
      Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
    JsonNode node = decoder.decodeNode();
    if (!node.isBoolean()) {
      throw JsonFieldTypes.wrongType(decoder);
    }
    return node.getBooleanValue();
  }
}
