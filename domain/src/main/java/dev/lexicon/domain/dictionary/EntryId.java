package dev.lexicon.domain.dictionary;

import java.util.Objects;
import java.util.UUID;

/**
 * Tells apart two entries that had the same key at different times, so a write meant for a deleted
 * entry can never land on its successor.
 */
public record EntryId(UUID value) {

  public EntryId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
