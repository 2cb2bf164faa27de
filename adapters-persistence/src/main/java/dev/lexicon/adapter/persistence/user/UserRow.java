package dev.lexicon.adapter.persistence.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code users}. Identifiers are left unquoted so that the generated SQL reads the same on
 * H2 and MySQL, whose quoting characters differ; timestamps are UTC text (see Timestamps).
 */
@MappedEntity(value = "users", escape = false)
record UserRow(
    @Id String id,
    String username,
    String email,
    String passwordHash,
    String dateJoined,
    @Nullable String lastLogin,
    boolean active,
    String roles,
    long version) {}
