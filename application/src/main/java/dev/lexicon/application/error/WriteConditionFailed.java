package dev.lexicon.application.error;

import dev.lexicon.domain.dictionary.EntryKey;

public final class WriteConditionFailed extends LexiconException {

  public WriteConditionFailed(EntryKey key, String reason) {
    super("The condition on '" + key + "' failed: " + reason);
  }
}
