package dev.lexicon.adapter.web.json;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads a request's string fields from JSON strings only. Serde's own reader would take {@code 42}
 * as {@code "42"}, {@code true} as {@code "true"} and {@code ["a"]} as {@code "a"}, and this
 * version of serde has no setting that stops it; API.md wants each of them refused under the
 * field's name.
 */
@Singleton
final class StrictString implements Deserializer<String> {

  @Override
  public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
      throws IOException {
    JsonNode node = decoder.decodeNode();
    if (!node.isString()) {
      throw JsonFieldTypes.wrongType(decoder);
    }
    return node.getStringValue();
  }
}
