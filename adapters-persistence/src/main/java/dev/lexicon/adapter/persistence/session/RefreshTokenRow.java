package dev.lexicon.adapter.persistence.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code refresh_tokens}, keyed by the token's hash: the token itself is never stored. */
@MappedEntity(value = "refresh_tokens", escape = false)
record RefreshTokenRow(
    @Id String tokenHash,
    String sessionId,
    String userId,
    String issuedAt,
    String expiresAt,
    @Nullable String retiredAt) {}
