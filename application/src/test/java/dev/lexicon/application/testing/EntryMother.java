package dev.lexicon.application.testing;

import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryId;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryOwner;
import dev.lexicon.domain.dictionary.EntryValue;
import dev.lexicon.domain.user.User;
import java.time.Instant;
import java.util.UUID;

/** Dictionary entries for tests. */
public final class EntryMother {

  public static final Instant CREATED = Instant.parse("2026-02-03T04:05:06.654321Z");

  private EntryMother() {}

  /** A namespace no other test writes under, so tests can share one database. */
  public static String uniqueNamespace() {
    return "t" + UUID.randomUUID().toString().replace("-", "") + "/";
  }

  public static DictionaryEntry anEntry(User owner, String key, String value) {
    return DictionaryEntry.create(
        new EntryId(UUID.randomUUID()),
        new EntryKey(key),
        new EntryValue(value),
        new EntryOwner(owner.id(), owner.username()),
        CREATED);
  }
}
