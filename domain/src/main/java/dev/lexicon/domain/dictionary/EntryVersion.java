package dev.lexicon.domain.dictionary;

/** Counts the changes of an entry: 1 when created, one more with every change. */
public record EntryVersion(long value) {

  public EntryVersion {
    if (value < 1) {
      throw new IllegalArgumentException("an entry version starts at 1");
    }
  }

  public static EntryVersion initial() {
    return new EntryVersion(1);
  }

  public EntryVersion next() {
    return new EntryVersion(value + 1);
  }

  public boolean isAfter(EntryVersion other) {
    return value > other.value;
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
