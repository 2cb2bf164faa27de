package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.RecentEntries;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryStamp;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every entry remembered, without a bound, for tests. Safe for concurrent use. */
public final class InMemoryRecentEntries implements RecentEntries {

  private final Map<EntryKey, EntryStamp> entries = new ConcurrentHashMap<>();

  @Override
  public Optional<EntryStamp> find(EntryKey key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public void remember(EntryStamp stamp) {
    entries.merge(
        stamp.key(),
        stamp,
        (remembered, reported) -> remembered.isLaterRevisionOf(reported) ? remembered : reported);
  }

  @Override
  public void forget(EntryKey key) {
    entries.remove(key);
  }
}
