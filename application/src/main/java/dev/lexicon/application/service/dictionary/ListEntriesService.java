package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.port.in.dictionary.EntryPage;
import dev.lexicon.application.port.in.dictionary.ListEntriesQuery;
import dev.lexicon.application.port.in.dictionary.ListEntriesUseCase;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.EntryPageQuery;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import java.util.List;
import java.util.Optional;

public final class ListEntriesService implements ListEntriesUseCase {

  private final DictionaryRepository entries;

  public ListEntriesService(DictionaryRepository entries) {
    this.entries = entries;
  }

  @Override
  public EntryPage list(ListEntriesQuery query) {
    int size = query.size().value();
    // One entry more than the page holds tells, without a count, whether another page follows.
    List<DictionaryEntry> found =
        entries.findPage(new EntryPageQuery(query.prefix(), query.after()), size + 1);
    if (found.size() <= size) {
      return new EntryPage(found, Optional.empty());
    }
    List<DictionaryEntry> page = found.subList(0, size);
    return new EntryPage(page, Optional.of(page.get(size - 1).key()));
  }
}
