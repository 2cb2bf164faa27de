package dev.lexicon.domain.dictionary;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.Text;

/**
 * Any Unicode text of at most 65,536 bytes in UTF-8, the empty string and U+0000 included. It keeps
 * the length it checked: a listing adds up its values' lengths to bound the page.
 */
public final class EntryValue {

  public static final int MAX_UTF8_BYTES = 65_536;
  private static final String FIELD = "value";

  private final String value;
  private final long utf8Length;

  public EntryValue(String value) {
    if (value == null) {
      throw new InvalidValue(FIELD, "must be a string");
    }
    long bytes = Text.utf8Length(value);
    if (bytes < 0) {
      throw new InvalidValue(FIELD, "must be valid Unicode text (it holds a lone surrogate)");
    }
    if (bytes > MAX_UTF8_BYTES) {
      throw new InvalidValue(FIELD, "must be at most " + MAX_UTF8_BYTES + " bytes in UTF-8");
    }
    this.value = value;
    this.utf8Length = bytes;
  }

  public String value() {
    return value;
  }

  public long utf8Length() {
    return utf8Length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EntryValue that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "EntryValue[value=" + value + "]";
  }
}
