package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.error.EntryKeyTaken;
import dev.lexicon.application.port.in.dictionary.CreateEntryCommand;
import dev.lexicon.application.port.in.dictionary.CreateEntryUseCase;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryOwner;
import java.time.Clock;

public final class CreateEntryService implements CreateEntryUseCase {

  private final DictionaryRepository entries;
  private final Clock clock;

  public CreateEntryService(DictionaryRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @Override
  public DictionaryEntry create(CreateEntryCommand command) {
    var actor = command.actor();
    DictionaryEntry entry =
        DictionaryEntry.create(
            entries.nextId(),
            command.key(),
            command.value(),
            new EntryOwner(actor.id(), actor.username()),
            clock.instant());
    if (!entries.addIfAbsent(entry)) {
      throw new EntryKeyTaken(command.key());
    }
    return entry;
  }
}
