package dev.lexicon.application.port.out;

import dev.lexicon.domain.dictionary.EntryKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Which entries a page holds: those whose key starts with {@code prefix} (byte for byte; the empty
 * prefix matches every key) and comes after {@code after}, when given.
 */
public record EntryPageQuery(String prefix, Optional<EntryKey> after) {

  public EntryPageQuery {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(after, "after");
  }

  public boolean matches(EntryKey key) {
    return key.startsWith(prefix) && after.map(cursor -> key.compareTo(cursor) > 0).orElse(true);
  }
}
