package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.error.EntryKeyTaken;
import dev.lexicon.application.port.in.dictionary.CreateEntryCommand;
import dev.lexicon.application.port.in.dictionary.CreateEntryUseCase;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.RecentEntries;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import java.time.Clock;

public final class CreateEntryService implements CreateEntryUseCase {

  private final EntryCreation creation;

  public CreateEntryService(DictionaryRepository entries, RecentEntries recent, Clock clock) {
    this.creation = new EntryCreation(entries, recent, clock);
  }

  @Override
  public DictionaryEntry create(CreateEntryCommand command) {
    return creation
        .createIfAbsent(command.key(), command.value(), command.actor())
        .orElseThrow(() -> new EntryKeyTaken(command.key()));
  }
}
