package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.error.WriteConditionFailed;
import dev.lexicon.application.port.in.dictionary.WriteCondition;
import dev.lexicon.domain.dictionary.DictionaryEntry;

final class WriteConditions {

  private WriteConditions() {}

  static void requireVersionMatches(WriteCondition condition, DictionaryEntry existing) {
    if (condition instanceof WriteCondition.IfVersionIn expected
        && !expected.versions().contains(existing.version())) {
      throw new WriteConditionFailed(
          existing.key(), "the entry is at version " + existing.version());
    }
  }
}
