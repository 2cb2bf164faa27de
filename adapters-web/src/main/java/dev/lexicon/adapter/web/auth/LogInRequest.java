package dev.lexicon.adapter.web.auth;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The credentials of a login.
 *
 * @param username the account's username or its email address
 * @param password the account's password
 */
@Serdeable
record LogInRequest(
    String username, @Schema(requiredMode = REQUIRED, format = "password") String password) {

  @Override
  public String toString() {
    return "LogInRequest[hidden]";
  }
}
