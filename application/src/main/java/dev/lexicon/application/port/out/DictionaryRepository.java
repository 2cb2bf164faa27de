package dev.lexicon.application.port.out;

import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryId;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryVersion;
import java.util.List;
import java.util.Optional;

/**
 * Where dictionary entries live. Every write is atomic and conditional, so concurrent writers are
 * decided by the store, never by a read-then-write in the caller.
 */
public interface DictionaryRepository {

  EntryId nextId();

  Optional<DictionaryEntry> findByKey(EntryKey key);

  /** Stores a new entry unless its key exists; tells whether it was stored. */
  boolean addIfAbsent(DictionaryEntry entry);

  /**
   * Stores a revision of an entry if the stored entry with the same id is still at {@code
   * expected}; tells whether it was stored.
   */
  boolean updateIfVersion(DictionaryEntry revised, EntryVersion expected);

  /**
   * Removes this entry if the store still holds it, with its id, at the version it has here; tells
   * whether it was removed. An entry created since under the same key is another entry.
   */
  boolean deleteIfUnchanged(DictionaryEntry entry);

  /**
   * The entries {@code query} matches in ascending key order, read until {@code bounds} stop the
   * read: the last entry returned is the one that reached a bound, if one was reached.
   */
  List<DictionaryEntry> findPage(EntryPageQuery query, PageReadBounds bounds);
}
