package dev.lexicon.application.port.in.dictionary;

import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;
import java.util.List;
import java.util.Optional;

/**
 * Entries in ascending key order; {@code continueAfter} is present exactly when more entries
 * follow, and names the key the next page starts after.
 */
public record EntryPage(List<DictionaryEntry> items, Optional<EntryKey> continueAfter) {

  public EntryPage {
    items = List.copyOf(items);
  }
}
