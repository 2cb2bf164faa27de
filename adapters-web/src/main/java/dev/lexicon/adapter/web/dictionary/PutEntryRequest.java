package dev.lexicon.adapter.web.dictionary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/** The field is a JSON node so that {@code {"value": 42}} is refused, not coerced to "42". */
@Serdeable
record PutEntryRequest(@Nullable JsonNode value) {}
