package dev.lexicon.adapter.persistence.dictionary;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code dictionary_entries} as written; the key is held as its UTF-8 bytes, which is what
 * the database compares and orders, and the timestamps as UTC text ({@code Timestamps}).
 * Identifiers are unquoted so the SQL reads the same on H2 and MySQL.
 */
@MappedEntity(value = "dictionary_entries", escape = false)
record EntryRow(
    @Id String id,
    byte[] entryKey,
    String entryValue,
    long version,
    String ownerId,
    String ownerUsername,
    String createdAt,
    String updatedAt) {}
