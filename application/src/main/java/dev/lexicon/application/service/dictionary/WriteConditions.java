package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.error.WriteConditionFailed;
import dev.lexicon.application.port.in.dictionary.WriteCondition;
import dev.lexicon.domain.dictionary.EntryStamp;

final class WriteConditions {

  private WriteConditions() {}

  static boolean versionMatches(WriteCondition condition, EntryStamp existing) {
    return !(condition instanceof WriteCondition.IfVersionIn expected)
        || expected.versions().contains(existing.version());
  }

  static void requireVersionMatches(WriteCondition condition, EntryStamp existing) {
    if (!versionMatches(condition, existing)) {
      throw new WriteConditionFailed(
          existing.key(), "the entry is at version " + existing.version());
    }
  }
}
