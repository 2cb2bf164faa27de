package dev.lexicon.application.error;

import dev.lexicon.domain.dictionary.EntryKey;

public final class NotEntryOwner extends LexiconException {

  public NotEntryOwner(EntryKey key) {
    super("Only the owner of '" + key + "' or an administrator may change or delete it.");
  }
}
