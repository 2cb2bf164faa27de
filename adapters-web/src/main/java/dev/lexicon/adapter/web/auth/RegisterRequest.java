package dev.lexicon.adapter.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Fields are JSON nodes so that a number or an object sent for a string is refused, not coerced.
 */
@Serdeable
record RegisterRequest(
    @Nullable JsonNode username, @Nullable JsonNode email, @Nullable JsonNode password) {}
