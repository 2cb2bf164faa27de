package dev.lexicon.application.error;

import dev.lexicon.domain.dictionary.EntryKey;

public final class EntryKeyTaken extends LexiconException {

  public EntryKeyTaken(EntryKey key) {
    super("An entry with the key '" + key + "' already exists.");
  }
}
