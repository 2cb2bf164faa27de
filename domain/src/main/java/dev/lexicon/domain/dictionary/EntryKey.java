package dev.lexicon.domain.dictionary;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.Text;

/**
 * The unique name of an entry: 1 to 255 Unicode letters, digits and {@code . _ - : @ /}, shaped
 * like a relative path (no leading, trailing or doubled {@code /}, no {@code .} or {@code ..}
 * segment). Keys are case-sensitive and ordered by the bytes of their UTF-8 encoding.
 */
public record EntryKey(String value) implements Comparable<EntryKey> {

  public static final int MAX_LENGTH = 255;
  private static final String FIELD = "key";
  private static final String PUNCTUATION = "._-:@/";

  public EntryKey {
    if (value == null || value.isEmpty()) {
      throw new InvalidValue(FIELD, "must not be empty");
    }
    if (Text.characterCount(value) > MAX_LENGTH) {
      throw new InvalidValue(FIELD, "must be at most " + MAX_LENGTH + " characters long");
    }
    if (!Text.everyCodePoint(value, EntryKey::isAllowed)) {
      throw new InvalidValue(FIELD, "may hold only letters, digits and . _ - : @ /");
    }
    if (value.startsWith("/") || value.endsWith("/") || value.contains("//")) {
      throw new InvalidValue(FIELD, "must not start or end with / nor contain //");
    }
    if (hasDotSegment(value)) {
      throw new InvalidValue(FIELD, "must not have a . or .. segment");
    }
  }

  /** Scanned in place rather than split: every entry a listing reads is restored through here. */
  private static boolean hasDotSegment(String value) {
    int segmentStart = 0;
    for (int i = 0; i <= value.length(); i++) {
      if (i == value.length() || value.charAt(i) == '/') {
        int length = i - segmentStart;
        if (length == 1 && value.charAt(segmentStart) == '.'
            || length == 2 && value.startsWith("..", segmentStart)) {
          return true;
        }
        segmentStart = i + 1;
      }
    }
    return false;
  }

  private static boolean isAllowed(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || PUNCTUATION.indexOf(codePoint) >= 0;
  }

  /**
   * UTF-8 byte order is code point order, which differs from {@link String#compareTo} (UTF-16 code
   * units) for characters beyond the Basic Multilingual Plane.
   */
  @Override
  public int compareTo(EntryKey other) {
    return compareByCodePoint(value, other.value);
  }

  public boolean startsWith(String prefix) {
    return value.startsWith(prefix);
  }

  static int compareByCodePoint(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      int a = left.codePointAt(i);
      int b = right.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Integer.compare(left.length() - i, right.length() - j);
  }

  @Override
  public String toString() {
    return value;
  }
}
