package dev.lexicon.adapter.persistence.dictionary;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * The statements that decide races and pages are written out, in SQL that H2 and MySQL read alike;
 * ANSI because nothing here may depend on the dialect the datasource is configured with.
 */
@JdbcRepository(dialect = Dialect.ANSI)
interface EntryRows extends GenericRepository<EntryRow, String> {

  String COLUMNS =
      "id, entry_key, entry_value, version, owner_id, owner_username, created_at, updated_at";

  void save(EntryRow row);

  Optional<EntryRow> findByEntryKey(byte[] entryKey);

  /**
   * The version in the WHERE clause makes the check and the write one atomic statement. The row is
   * found by its key, the primary key, in one descent; the id keeps an entry created since under
   * the same key from passing for the one that was read.
   */
  @Query(
      "UPDATE dictionary_entries"
          + " SET entry_value = :value, version = :newVersion, updated_at = :updatedAt"
          + " WHERE entry_key = :entryKey AND id = :id AND version = :expectedVersion")
  int updateIfVersion(
      byte[] entryKey,
      String id,
      long expectedVersion,
      String value,
      long newVersion,
      String updatedAt);

  @Query(
      "DELETE FROM dictionary_entries"
          + " WHERE entry_key = :entryKey AND id = :id AND version = :expectedVersion")
  int deleteIfVersion(byte[] entryKey, String id, long expectedVersion);

  /**
   * Keyset pagination on the primary key, which keeps the rows in key order: the range bounds the
   * prefix and the cursor, so a page is one run of neighbouring rows at any depth. No LIKE, whose
   * {@code _} and {@code %} a prefix may contain.
   */
  @Query(
      "SELECT "
          + COLUMNS
          + " FROM dictionary_entries"
          + " WHERE entry_key >= :from AND entry_key < :to AND entry_key > :after"
          + " ORDER BY entry_key"
          + " LIMIT :limit")
  List<EntryRow> findPage(byte[] from, byte[] to, byte[] after, int limit);
}
