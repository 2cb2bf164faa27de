package dev.lexicon.application.error;

import dev.lexicon.domain.dictionary.EntryKey;

public final class EntryNotFound extends LexiconException {

  public EntryNotFound(EntryKey key) {
    super("No entry has the key '" + key + "'.");
  }
}
