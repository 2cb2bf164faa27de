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

  /** Long bodies are cut, so a failing assertion stays readable. */
  @Override
  public String toString() {
    String shown = body.length() > 1_000 ? body.substring(0, 1_000) + "..." : body;
    return status + " " + headers.map() + " " + shown;
  }
}
