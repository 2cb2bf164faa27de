package dev.lexicon.application.port.out;

import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryStamp;
import java.util.Optional;

/**
 * The entries this instance wrote lately, each as the stamp of the revision it wrote: a guess at
 * what the store holds that can spare a write the read before it. The guess may be wrong in any
 * way, since another instance or thread may have changed or removed an entry since, so a write made
 * on it must be conditional on its id and version, and nothing may be refused on its word.
 */
public interface RecentEntries {

  Optional<EntryStamp> find(EntryKey key);

  /**
   * Remembers the stamp as the latest of its key, unless what is remembered is a later revision of
   * the same entry: writers of one entry may report their writes out of order.
   */
  void remember(EntryStamp stamp);

  void forget(EntryKey key);
}
