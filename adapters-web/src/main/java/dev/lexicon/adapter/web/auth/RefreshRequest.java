package dev.lexicon.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/** Named as RFC 6749's refresh request names the token. */
@Serdeable
record RefreshRequest(@JsonProperty("refresh_token") @Nullable JsonNode refreshToken) {

  static final String FIELD = "refresh_token";

  @Override
  public String toString() {
    return "RefreshRequest[hidden]";
  }
}
