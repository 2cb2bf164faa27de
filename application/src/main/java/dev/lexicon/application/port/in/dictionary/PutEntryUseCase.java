package dev.lexicon.application.port.in.dictionary;

public interface PutEntryUseCase {

  /**
   * Creates the entry, or gives the existing one a new value and version. Unconditional writes
   * never fail for contention: each one produces its own version.
   *
   * @throws dev.lexicon.application.error.NotEntryOwner when the entry exists and the actor is
   *     neither its owner nor an administrator
   * @throws dev.lexicon.application.error.WriteConditionFailed when the condition does not hold
   */
  PutEntryResult put(PutEntryCommand command);
}
