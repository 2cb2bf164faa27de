package dev.lexicon.adapter.web.dictionary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Fields are JSON nodes so that a number or an object sent for a string is refused, not coerced.
 */
@Serdeable
record CreateEntryRequest(@Nullable JsonNode key, @Nullable JsonNode value) {}
