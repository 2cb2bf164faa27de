package dev.lexicon.adapter.web.user;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new email address for the caller's account.
 *
 * @param email unique, compared case-insensitively; at most 254 characters
 */
@Serdeable
record ChangeEmailRequest(
    @Schema(requiredMode = REQUIRED, format = "email", maxLength = 254) String email) {}
