package dev.lexicon.application.port.in.dictionary;

import dev.lexicon.domain.dictionary.EntryVersion;
import java.util.Set;

/** What must hold for a write to go ahead (HTTP's {@code If-Match} and {@code If-None-Match}). */
public sealed interface WriteCondition {

  /** Write whatever the entry's state. */
  record None() implements WriteCondition {}

  /** Write only if the entry exists at one of these versions. */
  record IfVersionIn(Set<EntryVersion> versions) implements WriteCondition {
    public IfVersionIn {
      versions = Set.copyOf(versions);
    }
  }

  /** Write only if the entry exists, whatever its version. */
  record IfExists() implements WriteCondition {}

  /** Write only if no entry has the key. */
  record IfAbsent() implements WriteCondition {}

  static WriteCondition none() {
    return new None();
  }

  static WriteCondition ifVersion(EntryVersion version) {
    return new IfVersionIn(Set.of(version));
  }
}
