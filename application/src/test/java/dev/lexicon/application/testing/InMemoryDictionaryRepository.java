package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.EntryPageQuery;
import dev.lexicon.application.port.out.PageReadBounds;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryId;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Entries in a sorted map, for tests that swap out the database. Safe for concurrent use. */
public final class InMemoryDictionaryRepository implements DictionaryRepository {

  private final TreeMap<EntryKey, DictionaryEntry> entries = new TreeMap<>();
  private int keyReads;

  @Override
  public EntryId nextId() {
    return new EntryId(UUID.randomUUID());
  }

  @Override
  public synchronized Optional<DictionaryEntry> findByKey(EntryKey key) {
    keyReads++;
    return Optional.ofNullable(entries.get(key));
  }

  /** How many times an entry was looked up by its key. */
  public synchronized int keyReads() {
    return keyReads;
  }

  @Override
  public synchronized boolean addIfAbsent(DictionaryEntry entry) {
    return entries.putIfAbsent(entry.key(), entry) == null;
  }

  @Override
  public synchronized boolean updateIfVersion(DictionaryEntry revised, EntryVersion expected) {
    DictionaryEntry stored = entries.get(revised.key());
    if (stored == null || !stored.id().equals(revised.id()) || !stored.version().equals(expected)) {
      return false;
    }
    entries.put(revised.key(), revised);
    return true;
  }

  @Override
  public synchronized boolean deleteIfUnchanged(DictionaryEntry entry) {
    DictionaryEntry stored = entries.get(entry.key());
    if (stored == null
        || !stored.id().equals(entry.id())
        || !stored.version().equals(entry.version())) {
      return false;
    }
    entries.remove(entry.key());
    return true;
  }

  @Override
  public synchronized List<DictionaryEntry> findPage(EntryPageQuery query, PageReadBounds bounds) {
    Map<EntryKey, DictionaryEntry> candidates =
        query.after().isPresent() ? entries.tailMap(query.after().get(), false) : entries;
    List<DictionaryEntry> read = new ArrayList<>();
    long valueBytes = 0;
    for (DictionaryEntry entry : candidates.values()) {
      if (!bounds.readsOn(read.size(), valueBytes)) {
        break;
      }
      if (query.matches(entry.key())) {
        read.add(entry);
        valueBytes += entry.value().utf8Length();
      }
    }
    return read;
  }
}
