package dev.lexicon.adapter.persistence.login;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code login_throttles}: what an attempt locks while its key's attempts are counted. */
@MappedEntity(value = "login_throttles", escape = false)
record LoginThrottleRow(@Id String throttleKey) {}
