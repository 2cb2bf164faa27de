package dev.lexicon.api;

import io.micronaut.json.tree.JsonNode;
import java.util.Optional;

/** What the server answered, exactly as it came over the wire. */
record ApiResponse(int status, java.net.http.HttpHeaders headers, String body, JsonNode json) {

  Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  String text(String field) {
    JsonNode node = json.get(field);
    return node == null || node.isNull() ? null : node.getStringValue();
  }

  @Override
  public String toString() {
    return status + " " + headers.map() + " " + body;
  }
}
