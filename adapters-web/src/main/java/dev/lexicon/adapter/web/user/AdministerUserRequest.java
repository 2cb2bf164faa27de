package dev.lexicon.adapter.web.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/** Either field may be left out; what is left out stays as it is. */
@Serdeable
record AdministerUserRequest(
    @JsonProperty("isActive") @Nullable JsonNode isActive, @Nullable JsonNode roles) {}
