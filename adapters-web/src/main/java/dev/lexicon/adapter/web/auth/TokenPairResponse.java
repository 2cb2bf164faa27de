package dev.lexicon.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** Named as RFC 6749's token response, so OAuth-aware clients read it as they expect. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TokenPairResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("refresh_token") String refreshToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn) {

  @Override
  public String toString() {
    return "TokenPairResponse[hidden]";
  }
}
