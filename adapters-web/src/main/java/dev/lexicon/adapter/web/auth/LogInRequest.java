package dev.lexicon.adapter.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/** {@code username} may also be an email address. */
@Serdeable
record LogInRequest(@Nullable JsonNode username, @Nullable JsonNode password) {

  @Override
  public String toString() {
    return "LogInRequest[hidden]";
  }
}
