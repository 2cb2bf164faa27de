package dev.lexicon.domain.dictionary;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.Text;

/** Any Unicode text of at most 65,536 bytes in UTF-8, the empty string and U+0000 included. */
public record EntryValue(String value) {

  public static final int MAX_UTF8_BYTES = 65_536;
  private static final String FIELD = "value";

  public EntryValue {
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
  }

  public long utf8Length() {
    return Text.utf8Length(value);
  }
}
