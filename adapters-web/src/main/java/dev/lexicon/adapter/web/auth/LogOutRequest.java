package dev.lexicon.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What else a logout ends besides the caller's session; the whole body may be left out.
 *
 * @param refreshToken a refresh token of the login to end as well; left out or null, only the
 *     access token's session ends
 */
@Serdeable
record LogOutRequest(@JsonProperty(RefreshRequest.FIELD) @Nullable String refreshToken) {

  @Override
  public String toString() {
    return "LogOutRequest[hidden]";
  }
}
