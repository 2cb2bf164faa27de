package dev.lexicon.adapter.persistence.dictionary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.lexicon.application.port.out.RecentEntries;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryStamp;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The stamps of the entries this instance wrote lately, in memory, bounded by an estimate of the
 * bytes they take. When the bound is reached, the stamps least likely to be written over again
 * leave first (Caffeine's eviction); a write that finds nothing here pays for the read it would
 * have paid for anyway. The default, 8 MiB, holds some 20,000 stamps of short keys, an eighth of
 * the heap the launcher gives; 0 remembers nothing.
 */
@Singleton
final class RecentEntriesCache implements RecentEntries {

  static final String MEMORY_PROPERTY = "lexicon.dictionary.recent-entries-memory";

  /**
   * What a stamp takes besides the characters of its key: its own objects (ids, owner, time,
   * version, strings) and the cache's node. Measured at about 340 bytes with Java 25's compact
   * object headers (jcmd GC.class_histogram, 10,000 stamps), rounded up for the larger headers of
   * older JVMs.
   */
  private static final int BYTES_PER_ENTRY = 400;

  private final Cache<EntryKey, EntryStamp> entries;

  RecentEntriesCache(@Value("${" + MEMORY_PROPERTY + ":8MB}") @ReadableBytes long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException(MEMORY_PROPERTY + " must not be negative");
    }
    this.entries =
        Caffeine.newBuilder()
            .maximumWeight(bytes)
            .weigher((EntryKey key, EntryStamp stamp) -> estimatedBytes(stamp))
            // Evicts on the writing thread, as it writes, instead of on a shared pool later: the
            // bound holds at every moment, and no other thread is woken for it.
            .executor(Runnable::run)
            .build();
  }

  @Override
  public Optional<EntryStamp> find(EntryKey key) {
    return Optional.ofNullable(entries.getIfPresent(key));
  }

  @Override
  public void remember(EntryStamp stamp) {
    entries
        .asMap()
        .merge(
            stamp.key(),
            stamp,
            (remembered, reported) ->
                remembered.isLaterRevisionOf(reported) ? remembered : reported);
  }

  @Override
  public void forget(EntryKey key) {
    entries.invalidate(key);
  }

  /** Two bytes a character: a string holds one a character only while all are Latin-1. */
  static int estimatedBytes(EntryStamp stamp) {
    return BYTES_PER_ENTRY + 2 * stamp.key().value().length();
  }
}
