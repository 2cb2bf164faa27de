package dev.lexicon.adapter.persistence.dictionary;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The insert of an entry, which Micronaut Data writes from {@link EntryRow}; a taken key is refused
 * by the primary key. The writes that check a version are {@link VersionedEntryWrites}, the reads
 * {@link EntryReads}.
 */
@JdbcRepository(dialect = Dialect.ANSI)
interface EntryRows extends GenericRepository<EntryRow, String> {

  void save(EntryRow row);
}
