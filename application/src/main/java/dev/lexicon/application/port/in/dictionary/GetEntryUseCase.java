package dev.lexicon.application.port.in.dictionary;

import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;

public interface GetEntryUseCase {

  /**
   * Every authenticated user reads every entry.
   *
   * @throws dev.lexicon.application.error.EntryNotFound when no entry has the key
   */
  DictionaryEntry get(EntryKey key);
}
