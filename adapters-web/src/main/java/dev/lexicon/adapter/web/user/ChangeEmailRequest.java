package dev.lexicon.adapter.web.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/** The field is a JSON node so that a number sent for the address is refused, not coerced. */
@Serdeable
record ChangeEmailRequest(@Nullable JsonNode email) {}
