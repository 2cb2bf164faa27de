package dev.lexicon.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/** The refresh token of the login to end as well; the whole body may be left out. */
@Serdeable
record LogOutRequest(@JsonProperty("refresh_token") @Nullable JsonNode refreshToken) {

  @Override
  public String toString() {
    return "LogOutRequest[hidden]";
  }
}
