package dev.lexicon.domain.dictionary;

import java.time.Instant;
import java.util.Objects;

/**
 * One key/value pair of the shared dictionary, with who created it and how often it changed. Build
 * a new one with {@link #create} and a stored one with {@link #restore}.
 */
public record DictionaryEntry(
    EntryId id,
    EntryKey key,
    EntryValue value,
    EntryVersion version,
    EntryOwner owner,
    Instant createdAt,
    Instant updatedAt) {

  public DictionaryEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A new entry at version 1. */
  public static DictionaryEntry create(
      EntryId id, EntryKey key, EntryValue value, EntryOwner owner, Instant now) {
    return new DictionaryEntry(id, key, value, EntryVersion.initial(), owner, now, now);
  }

  /** An entry as it was stored. */
  public static DictionaryEntry restore(
      EntryId id,
      EntryKey key,
      EntryValue value,
      EntryVersion version,
      EntryOwner owner,
      Instant createdAt,
      Instant updatedAt) {
    return new DictionaryEntry(id, key, value, version, owner, createdAt, updatedAt);
  }

  /** The same entry holding a new value, one version later. */
  public DictionaryEntry revise(EntryValue newValue, Instant now) {
    return stamp().revise(newValue, now);
  }

  /** This revision without its value. */
  public EntryStamp stamp() {
    return new EntryStamp(id, key, owner, createdAt, version);
  }

  @Override
  public String toString() {
    return "DictionaryEntry[" + key + " v" + version + "]";
  }
}
