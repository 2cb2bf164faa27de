package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.error.WriteConditionFailed;
import dev.lexicon.application.port.in.dictionary.PutEntryCommand;
import dev.lexicon.application.port.in.dictionary.PutEntryResult;
import dev.lexicon.application.port.in.dictionary.PutEntryUseCase;
import dev.lexicon.application.port.in.dictionary.WriteCondition;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import java.time.Clock;
import java.util.Optional;

/**
 * Writes optimistically: read, decide, then let the store's conditional write settle any race. A
 * lost race is retried when the caller set no condition (so plain writers all succeed, each with
 * its own version) and refused when it did. Some writer wins every round, so retries end.
 */
public final class PutEntryService implements PutEntryUseCase {

  private final DictionaryRepository entries;
  private final EntryCreation creation;
  private final Clock clock;

  public PutEntryService(DictionaryRepository entries, Clock clock) {
    this.entries = entries;
    this.creation = new EntryCreation(entries, clock);
    this.clock = clock;
  }

  @Override
  public PutEntryResult put(PutEntryCommand command) {
    while (true) {
      Optional<PutEntryResult> written =
          entries
              .findByKey(command.key())
              .map(existing -> tryUpdate(existing, command))
              .orElseGet(() -> tryCreate(command));
      if (written.isPresent()) {
        return written.get();
      }
      if (!(command.condition() instanceof WriteCondition.None)) {
        throw new WriteConditionFailed(command.key(), "the entry changed meanwhile");
      }
    }
  }

  private Optional<PutEntryResult> tryCreate(PutEntryCommand command) {
    if (command.condition() instanceof WriteCondition.IfVersionIn
        || command.condition() instanceof WriteCondition.IfExists) {
      throw new WriteConditionFailed(command.key(), "the entry does not exist");
    }
    return creation
        .createIfAbsent(command.key(), command.value(), command.actor())
        .map(created -> new PutEntryResult(created, true));
  }

  private Optional<PutEntryResult> tryUpdate(DictionaryEntry existing, PutEntryCommand command) {
    if (command.condition() instanceof WriteCondition.IfAbsent) {
      throw new WriteConditionFailed(command.key(), "the entry exists");
    }
    EntryChangePolicy.requireMayChange(command.actor(), existing);
    WriteConditions.requireVersionMatches(command.condition(), existing);
    DictionaryEntry revised = existing.revise(command.value(), clock.instant());
    return entries.updateIfVersion(revised, existing.version())
        ? Optional.of(new PutEntryResult(revised, false))
        : Optional.empty();
  }
}
