package dev.lexicon.adapter.web.auth;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Named as RFC 6749's token response, so OAuth-aware clients read it as they expect. */
@Serdeable
@Schema(
    name = "TokenPair",
    description = "An access token and the refresh token that renews it (RFC 6749, section 5.1)")
@JsonInclude(JsonInclude.Include.ALWAYS)
record TokenPairResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("refresh_token") String refreshToken,
    @JsonProperty("token_type") @Schema(requiredMode = REQUIRED, allowableValues = "Bearer")
        String tokenType,
    @JsonProperty("expires_in")
        @Schema(requiredMode = REQUIRED, description = "Seconds the access token lives")
        long expiresIn) {

  @Override
  public String toString() {
    return "TokenPairResponse[hidden]";
  }
}
