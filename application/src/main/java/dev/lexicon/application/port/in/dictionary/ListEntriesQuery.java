package dev.lexicon.application.port.in.dictionary;

import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.PageSize;
import java.util.Objects;
import java.util.Optional;

/** One page of entries whose key starts with {@code prefix}, after the key {@code after}. */
public record ListEntriesQuery(String prefix, Optional<EntryKey> after, PageSize size) {

  public ListEntriesQuery {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(size, "size");
  }
}
