package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.port.in.Actor;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.RecentEntries;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryOwner;
import dev.lexicon.domain.dictionary.EntryValue;
import java.time.Clock;
import java.util.Optional;

/** Creates an entry owned by the actor, unless its key exists: POST and PUT share this. */
final class EntryCreation {

  private final DictionaryRepository entries;
  private final RecentEntries recent;
  private final Clock clock;

  EntryCreation(DictionaryRepository entries, RecentEntries recent, Clock clock) {
    this.entries = entries;
    this.recent = recent;
    this.clock = clock;
  }

  /** The new entry, or empty when an entry with the key exists (the store decides any race). */
  Optional<DictionaryEntry> createIfAbsent(EntryKey key, EntryValue value, Actor actor) {
    DictionaryEntry entry =
        DictionaryEntry.create(
            entries.nextId(),
            key,
            value,
            new EntryOwner(actor.id(), actor.username()),
            clock.instant());
    if (!entries.addIfAbsent(entry)) {
      return Optional.empty();
    }
    recent.remember(entry.stamp());
    return Optional.of(entry);
  }
}
