package dev.lexicon.adapter.web.user;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new password for the caller's account, under the same rules as at registration.
 *
 * @param currentPassword the password the account has now
 * @param newPassword 8 to 128 characters, not all digits, not a common password and not containing
 *     the username
 */
@Serdeable
record ChangePasswordRequest(
    @Schema(requiredMode = REQUIRED, format = "password") String currentPassword,
    @Schema(requiredMode = REQUIRED, format = "password", minLength = 8, maxLength = 128)
        String newPassword) {

  @Override
  public String toString() {
    return "ChangePasswordRequest[hidden]";
  }
}
