package dev.lexicon.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Named as RFC 6749's refresh request names the token.
 *
 * @param refreshToken the refresh token of the last token pair; it can be used once
 */
@Serdeable
record RefreshRequest(@JsonProperty(RefreshRequest.FIELD) String refreshToken) {

  static final String FIELD = "refresh_token";

  @Override
  public String toString() {
    return "RefreshRequest[hidden]";
  }
}
