package dev.lexicon.domain.dictionary;

import dev.lexicon.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * An entry's identity and version without its value: all a writer needs to know of an entry to
 * write its next revision, and much less to keep in memory than the entry itself.
 */
public record EntryStamp(
    EntryId id, EntryKey key, EntryOwner owner, Instant createdAt, EntryVersion version) {

  public EntryStamp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(version, "version");
  }

  /** The entry one version later, holding a new value. */
  public DictionaryEntry revise(EntryValue newValue, Instant now) {
    return new DictionaryEntry(id, key, newValue, version.next(), owner, createdAt, now);
  }

  public boolean isOwnedBy(UserId userId) {
    return owner.id().equals(userId);
  }

  /**
   * Whether this stamps the same entry as {@code other}, at any revision: an entry deleted and
   * created again under its key is another entry.
   */
  public boolean isSameEntryAs(EntryStamp other) {
    return id.equals(other.id);
  }

  /** Whether this stamps the same entry as {@code other}, changed since that revision. */
  public boolean isLaterRevisionOf(EntryStamp other) {
    return isSameEntryAs(other) && version.isAfter(other.version);
  }
}
