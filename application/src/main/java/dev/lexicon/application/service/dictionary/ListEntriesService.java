package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.port.in.dictionary.EntryPage;
import dev.lexicon.application.port.in.dictionary.ListEntriesQuery;
import dev.lexicon.application.port.in.dictionary.ListEntriesUseCase;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.EntryPageQuery;
import dev.lexicon.application.service.KeysetPage;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;

public final class ListEntriesService implements ListEntriesUseCase {

  private final DictionaryRepository entries;

  public ListEntriesService(DictionaryRepository entries) {
    this.entries = entries;
  }

  @Override
  public EntryPage list(ListEntriesQuery query) {
    int size = query.size().value();
    KeysetPage<DictionaryEntry, EntryKey> page =
        KeysetPage.cut(
            entries.findPage(new EntryPageQuery(query.prefix(), query.after()), size + 1),
            size,
            DictionaryEntry::key);
    return new EntryPage(page.items(), page.continueAfter());
  }
}
