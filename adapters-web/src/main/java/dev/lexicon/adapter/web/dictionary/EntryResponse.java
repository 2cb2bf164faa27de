package dev.lexicon.adapter.web.dictionary;

import io.micronaut.serde.annotation.Serdeable;

/** {@code owner} is the creator's username. */
@Serdeable
record EntryResponse(
    String id,
    String key,
    String value,
    long version,
    String owner,
    String createdAt,
    String updatedAt) {}
