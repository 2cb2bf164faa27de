package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.error.EntryNotFound;
import dev.lexicon.application.error.WriteConditionFailed;
import dev.lexicon.application.port.in.dictionary.DeleteEntryCommand;
import dev.lexicon.application.port.in.dictionary.DeleteEntryUseCase;
import dev.lexicon.application.port.in.dictionary.WriteCondition;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.RecentEntries;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryStamp;

/** Deletes by id and version, so a delete never removes an entry its caller has not seen. */
public final class DeleteEntryService implements DeleteEntryUseCase {

  private final DictionaryRepository entries;
  private final RecentEntries recent;

  public DeleteEntryService(DictionaryRepository entries, RecentEntries recent) {
    this.entries = entries;
    this.recent = recent;
  }

  @Override
  public void delete(DeleteEntryCommand command) {
    boolean conditional = !(command.condition() instanceof WriteCondition.None);
    while (true) {
      DictionaryEntry existing =
          entries
              .findByKey(command.key())
              .orElseThrow(
                  () ->
                      conditional
                          ? new WriteConditionFailed(command.key(), "the entry does not exist")
                          : new EntryNotFound(command.key()));
      if (command.condition() instanceof WriteCondition.IfAbsent) {
        throw new WriteConditionFailed(command.key(), "the entry exists");
      }
      EntryStamp stamp = existing.stamp();
      EntryChangePolicy.requireMayChange(command.actor(), stamp);
      WriteConditions.requireVersionMatches(command.condition(), stamp);
      if (entries.deleteIfUnchanged(existing)) {
        recent.forget(command.key());
        return;
      }
      if (conditional) {
        throw new WriteConditionFailed(command.key(), "the entry changed meanwhile");
      }
    }
  }
}
