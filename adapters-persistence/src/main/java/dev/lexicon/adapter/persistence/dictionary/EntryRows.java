package dev.lexicon.adapter.persistence.dictionary;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The writes of entries. The statements that decide races are written out, in SQL that H2 and MySQL
 * read alike; ANSI because nothing here may depend on the dialect the datasource is configured
 * with. The reads are {@link EntryReads}.
 */
@JdbcRepository(dialect = Dialect.ANSI)
interface EntryRows extends GenericRepository<EntryRow, String> {

  void save(EntryRow row);

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
}
