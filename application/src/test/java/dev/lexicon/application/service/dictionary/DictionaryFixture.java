package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.port.in.Actor;
import dev.lexicon.application.port.in.dictionary.CreateEntryCommand;
import dev.lexicon.application.testing.Actors;
import dev.lexicon.application.testing.InMemoryDictionaryRepository;
import dev.lexicon.application.testing.InMemoryRecentEntries;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The in-memory world the dictionary use-case tests run in: an owner, a stranger, an admin. */
class DictionaryFixture {

  static final Instant NOW = Instant.parse("2026-05-06T07:08:09Z");

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final InMemoryDictionaryRepository entries = new InMemoryDictionaryRepository();
  final InMemoryRecentEntries recent = new InMemoryRecentEntries();
  final Actor owner = Actors.of(UserMother.aUser());
  final Actor stranger = Actors.of(UserMother.aUser());
  final Actor admin = Actors.of(UserMother.anAdmin());

  DictionaryEntry existing(String key, String value) {
    return new CreateEntryService(entries, recent, clock)
        .create(new CreateEntryCommand(new EntryKey(key), new EntryValue(value), owner));
  }

  DictionaryEntry stored(String key) {
    return entries.findByKey(new EntryKey(key)).orElseThrow();
  }
}
