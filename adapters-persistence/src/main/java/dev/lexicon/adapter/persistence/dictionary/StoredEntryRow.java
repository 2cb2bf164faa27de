package dev.lexicon.adapter.persistence.dictionary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * A row of {@code dictionary_entries} as read back. The timestamps are the UTC wall-clock times the
 * columns hold (decision 2), as the driver hands them over: {@code getObject(column,
 * LocalDateTime.class)} involves no time zone on H2 or MySQL Connector/J, and no text.
 */
record StoredEntryRow(
    String id,
    byte[] entryKey,
    String entryValue,
    long version,
    String ownerId,
    String ownerUsername,
    LocalDateTime createdAt,
    LocalDateTime updatedAt) {

  /** The columns in the order {@link #read} takes them. */
  static final String COLUMNS =
      "id, entry_key, entry_value, version, owner_id, owner_username, created_at, updated_at";

  static StoredEntryRow read(ResultSet row) throws SQLException {
    return new StoredEntryRow(
        row.getString(1),
        row.getBytes(2),
        row.getString(3),
        row.getLong(4),
        row.getString(5),
        row.getString(6),
        row.getObject(7, LocalDateTime.class),
        row.getObject(8, LocalDateTime.class));
  }
}
