package dev.lexicon.application.port.in.dictionary;

public interface DeleteEntryUseCase {

  /**
   * Removes the entry.
   *
   * @throws dev.lexicon.application.error.EntryNotFound when no entry has the key and no condition
   *     was set
   * @throws dev.lexicon.application.error.NotEntryOwner when the actor is neither owner nor
   *     administrator
   * @throws dev.lexicon.application.error.WriteConditionFailed when the condition does not hold
   */
  void delete(DeleteEntryCommand command);
}
