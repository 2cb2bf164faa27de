package dev.lexicon.application.port.in.dictionary;

import dev.lexicon.domain.dictionary.DictionaryEntry;

public interface CreateEntryUseCase {

  /**
   * Creates a new entry owned by the actor.
   *
   * @throws dev.lexicon.application.error.EntryKeyTaken when an entry has the key
   */
  DictionaryEntry create(CreateEntryCommand command);
}
