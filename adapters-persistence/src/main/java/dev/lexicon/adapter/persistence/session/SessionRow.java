package dev.lexicon.adapter.persistence.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code sessions}; unquoted identifiers so the SQL reads the same on H2 and MySQL. */
@MappedEntity(value = "sessions", escape = false)
record SessionRow(
    @Id String id, String userId, String createdAt, String expiresAt, @Nullable String revokedAt) {}
