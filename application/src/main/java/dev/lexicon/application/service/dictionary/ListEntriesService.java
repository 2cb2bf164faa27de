package dev.lexicon.application.service.dictionary;

import dev.lexicon.application.port.in.dictionary.EntryPage;
import dev.lexicon.application.port.in.dictionary.ListEntriesQuery;
import dev.lexicon.application.port.in.dictionary.ListEntriesUseCase;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.EntryPageQuery;
import dev.lexicon.application.port.out.PageReadBounds;
import dev.lexicon.application.service.KeysetPage;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.PageSize;
import java.util.List;

public final class ListEntriesService implements ListEntriesUseCase {

  private final DictionaryRepository entries;

  public ListEntriesService(DictionaryRepository entries) {
    this.entries = entries;
  }

  /**
   * Reads one entry past the page, whichever bound ends it: that entry tells, without a count,
   * whether another page follows, and the next page starts with it.
   */
  @Override
  public EntryPage list(ListEntriesQuery query) {
    int size = query.size().value();
    PageReadBounds bounds = new PageReadBounds(size + 1, PageSize.MAX_VALUE_BYTES);
    List<DictionaryEntry> read =
        entries.findPage(new EntryPageQuery(query.prefix(), query.after()), bounds);
    boolean cutShort = !bounds.readsOn(read.size(), valueBytes(read));
    KeysetPage<DictionaryEntry, EntryKey> page =
        KeysetPage.cut(read, cutShort ? read.size() - 1 : size, DictionaryEntry::key);
    return new EntryPage(page.items(), page.continueAfter());
  }

  private static long valueBytes(List<DictionaryEntry> read) {
    long bytes = 0;
    for (DictionaryEntry entry : read) {
      bytes += entry.value().utf8Length();
    }
    return bytes;
  }
}
