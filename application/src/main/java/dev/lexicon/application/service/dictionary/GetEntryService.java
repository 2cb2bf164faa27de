package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.error.EntryNotFound;
import dev.lexicon.application.port.in.dictionary.GetEntryUseCase;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;

public final class GetEntryService implements GetEntryUseCase {

  private final DictionaryRepository entries;

  public GetEntryService(DictionaryRepository entries) {
    this.entries = entries;
  }

  @Override
  public DictionaryEntry get(EntryKey key) {
    return entries.findByKey(key).orElseThrow(() -> new EntryNotFound(key));
  }
}
