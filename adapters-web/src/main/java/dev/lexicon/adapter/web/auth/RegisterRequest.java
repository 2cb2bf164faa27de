package dev.lexicon.adapter.web.auth;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new account. The username is 3 to 150 letters, digits and {@code @ . + - _}; the password is 8
 * to 128 characters, not all digits, not a common password and not containing the username.
 *
 * @param username unique, compared case-insensitively; no other account may use it as its email
 * @param email unique, compared case-insensitively; at most 254 characters
 * @param password never stored or returned as it is
 */
@Serdeable
record RegisterRequest(
    @Schema(requiredMode = REQUIRED, minLength = 3, maxLength = 150) String username,
    @Schema(requiredMode = REQUIRED, format = "email", maxLength = 254) String email,
    @Schema(requiredMode = REQUIRED, format = "password", minLength = 8, maxLength = 128)
        String password) {

  @Override
  public String toString() {
    return "RegisterRequest[hidden]";
  }
}
