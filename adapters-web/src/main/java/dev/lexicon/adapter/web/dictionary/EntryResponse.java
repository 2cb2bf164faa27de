package dev.lexicon.adapter.web.dictionary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code owner} is the creator's username. Every field is always written: serde would otherwise
 * leave out an empty value, which is a value like any other.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record EntryResponse(
    String id,
    String key,
    String value,
    long version,
    String owner,
    String createdAt,
    String updatedAt) {}
