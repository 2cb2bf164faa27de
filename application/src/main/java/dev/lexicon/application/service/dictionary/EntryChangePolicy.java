package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.error.NotEntryOwner;
import dev.lexicon.application.port.in.Actor;
import dev.lexicon.domain.dictionary.DictionaryEntry;

/** Everyone reads every entry; only its owner and administrators change or delete it. */
final class EntryChangePolicy {

  private EntryChangePolicy() {}

  static void requireMayChange(Actor actor, DictionaryEntry entry) {
    if (!actor.isAdmin() && !entry.isOwnedBy(actor.id())) {
      throw new NotEntryOwner(entry.key());
    }
  }
}
