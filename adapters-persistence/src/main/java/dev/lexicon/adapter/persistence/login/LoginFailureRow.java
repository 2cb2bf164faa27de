package dev.lexicon.adapter.persistence.login;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code login_failures}. The id is the database's, and null until the row is stored: it
 * only tells apart two failures of one account at the same instant.
 */
@MappedEntity(value = "login_failures", escape = false)
record LoginFailureRow(@Id @GeneratedValue @Nullable Long id, String userId, String failedAt) {}
