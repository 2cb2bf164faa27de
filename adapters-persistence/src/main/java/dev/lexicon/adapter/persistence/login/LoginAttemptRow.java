package dev.lexicon.adapter.persistence.login;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code login_attempts}. The id is the database's, and null until the row is stored: it
 * names the attempt, to leave it out of its own count and to release it.
 */
@MappedEntity(value = "login_attempts", escape = false)
record LoginAttemptRow(
    @Id @GeneratedValue @Nullable Long id,
    String throttleKey,
    String attemptedAt,
    boolean failed) {}
