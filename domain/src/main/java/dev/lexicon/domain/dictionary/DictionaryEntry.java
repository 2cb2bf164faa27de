package dev.lexicon.domain.dictionary;

import dev.lexicon.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** One key/value pair of the shared dictionary, with who created it and how often it changed. */
public final class DictionaryEntry {

  private final EntryId id;
  private final EntryKey key;
  private final EntryValue value;
  private final EntryVersion version;
  private final EntryOwner owner;
  private final Instant createdAt;
  private final Instant updatedAt;

  private DictionaryEntry(
      EntryId id,
      EntryKey key,
      EntryValue value,
      EntryVersion version,
      EntryOwner owner,
      Instant createdAt,
      Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.key = Objects.requireNonNull(key, "key");
    this.value = Objects.requireNonNull(value, "value");
    this.version = Objects.requireNonNull(version, "version");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
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
    return new DictionaryEntry(id, key, newValue, version.next(), owner, createdAt, now);
  }

  public boolean isOwnedBy(UserId userId) {
    return owner.id().equals(userId);
  }

  public EntryId id() {
    return id;
  }

  public EntryKey key() {
    return key;
  }

  public EntryValue value() {
    return value;
  }

  public EntryVersion version() {
    return version;
  }

  public EntryOwner owner() {
    return owner;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DictionaryEntry entry
        && id.equals(entry.id)
        && version.equals(entry.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version);
  }

  @Override
  public String toString() {
    return "DictionaryEntry[" + key + " v" + version + "]";
  }
}
