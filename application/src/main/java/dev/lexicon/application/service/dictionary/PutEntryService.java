package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.error.WriteConditionFailed;
import dev.lexicon.application.port.in.dictionary.PutEntryCommand;
import dev.lexicon.application.port.in.dictionary.PutEntryResult;
import dev.lexicon.application.port.in.dictionary.PutEntryUseCase;
import dev.lexicon.application.port.in.dictionary.WriteCondition;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.RecentEntries;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryStamp;
import java.time.Clock;
import java.util.Optional;

/**
 * Writes optimistically: read, decide, then let the store's conditional write settle any race. A
 * lost race is retried when the caller set no condition (so plain writers all succeed, each with
 * its own version) and refused when it did. Some writer wins every round, so retries end.
 *
 * <p>When this instance wrote the entry lately, the write is first tried on the stamp of that
 * revision instead of a read: the store takes it only if it still holds that very entry at that
 * version, so it is decided on what a read would have shown. That try is made only when it would
 * write; a refusal, and any try the store turns down, is decided on a fresh read as above.
 */
public final class PutEntryService implements PutEntryUseCase {

  private final DictionaryRepository entries;
  private final RecentEntries recent;
  private final EntryCreation creation;
  private final Clock clock;

  public PutEntryService(DictionaryRepository entries, RecentEntries recent, Clock clock) {
    this.entries = entries;
    this.recent = recent;
    this.creation = new EntryCreation(entries, recent, clock);
    this.clock = clock;
  }

  @Override
  public PutEntryResult put(PutEntryCommand command) {
    return reviseRecentEntry(command).orElseGet(() -> putOnStoredEntry(command));
  }

  private Optional<PutEntryResult> reviseRecentEntry(PutEntryCommand command) {
    Optional<EntryStamp> remembered =
        recent.find(command.key()).filter(stamp -> wouldRevise(stamp, command));
    if (remembered.isEmpty()) {
      return Optional.empty();
    }
    Optional<PutEntryResult> written = revise(remembered.get(), command);
    if (written.isEmpty()) {
      // Out of date: the fresh read that follows decides, and the next write need not try it again.
      recent.forget(command.key());
    }
    return written;
  }

  private static boolean wouldRevise(EntryStamp existing, PutEntryCommand command) {
    return !(command.condition() instanceof WriteCondition.IfAbsent)
        && EntryChangePolicy.mayChange(command.actor(), existing)
        && WriteConditions.versionMatches(command.condition(), existing);
  }

  private PutEntryResult putOnStoredEntry(PutEntryCommand command) {
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
    EntryStamp stamp = existing.stamp();
    EntryChangePolicy.requireMayChange(command.actor(), stamp);
    WriteConditions.requireVersionMatches(command.condition(), stamp);
    return revise(stamp, command);
  }

  private Optional<PutEntryResult> revise(EntryStamp existing, PutEntryCommand command) {
    DictionaryEntry revised = existing.revise(command.value(), clock.instant());
    if (!entries.updateIfVersion(revised, existing.version())) {
      return Optional.empty();
    }
    recent.remember(revised.stamp());
    return Optional.of(new PutEntryResult(revised, false));
  }
}
