package dev.lexicon.adapter.persistence.dictionary;

import dev.lexicon.adapter.persistence.DuplicateKey;
import dev.lexicon.adapter.persistence.TranslatesStoreFailures;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.EntryPageQuery;
import dev.lexicon.application.port.out.PageReadBounds;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryId;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryVersion;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Entries in {@code dictionary_entries}. Every conditional write is one SQL statement whose row
 * count is the answer, so the database decides races: no read-then-write happens here.
 */
@Singleton
@TranslatesStoreFailures
class JdbcDictionaryRepository implements DictionaryRepository {

  private static final byte[] BEFORE_EVERY_KEY = new byte[0];

  private final EntryRows rows;
  private final EntryReads reads;
  private final VersionedEntryWrites versionedWrites;
  private final EntryRowMapper mapper;

  JdbcDictionaryRepository(
      EntryRows rows,
      EntryReads reads,
      VersionedEntryWrites versionedWrites,
      EntryRowMapper mapper) {
    this.rows = rows;
    this.reads = reads;
    this.versionedWrites = versionedWrites;
    this.mapper = mapper;
  }

  @Override
  public EntryId nextId() {
    return new EntryId(UUID.randomUUID());
  }

  @Override
  public Optional<DictionaryEntry> findByKey(EntryKey key) {
    return reads.findByKey(mapper.keyBytes(key)).map(mapper::toDomain);
  }

  /** The primary key refuses the loser of a race; checking first would only open a gap. */
  @Override
  public boolean addIfAbsent(DictionaryEntry entry) {
    try {
      rows.save(mapper.toRow(entry));
      return true;
    } catch (DataAccessException e) {
      if (DuplicateKey.causeOf(e).isPresent()) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public boolean updateIfVersion(DictionaryEntry revised, EntryVersion expected) {
    return versionedWrites.updateIfVersion(mapper.toRow(revised), expected.value()) == 1;
  }

  @Override
  public boolean deleteIfUnchanged(DictionaryEntry entry) {
    return versionedWrites.deleteIfVersion(
            mapper.keyBytes(entry.key()), entry.id().toString(), entry.version().value())
        == 1;
  }

  @Override
  public List<DictionaryEntry> findPage(EntryPageQuery query, PageReadBounds bounds) {
    KeyRange range = KeyRange.startingWith(query.prefix());
    byte[] after = query.after().map(mapper::keyBytes).orElse(BEFORE_EVERY_KEY);
    return reads.findPage(range, after, bounds, mapper::toDomain);
  }
}
