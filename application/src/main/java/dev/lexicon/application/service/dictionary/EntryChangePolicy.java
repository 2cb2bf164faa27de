package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.error.NotEntryOwner;
import dev.lexicon.application.port.in.Actor;
import dev.lexicon.domain.dictionary.EntryStamp;

/** Everyone reads every entry; only its owner and administrators change or delete it. */
final class EntryChangePolicy {

  private EntryChangePolicy() {}

  static boolean mayChange(Actor actor, EntryStamp entry) {
    return actor.isAdmin() || entry.isOwnedBy(actor.id());
  }

  static void requireMayChange(Actor actor, EntryStamp entry) {
    if (!mayChange(actor, entry)) {
      throw new NotEntryOwner(entry.key());
    }
  }
}
