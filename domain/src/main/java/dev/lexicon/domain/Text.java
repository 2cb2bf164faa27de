package dev.lexicon.domain;

import java.util.function.IntPredicate;

/** Rules about Unicode text that several value objects share. */
public final class Text {

  private Text() {}

  /** Counts characters as people see them in a string: a surrogate pair is one character. */
  public static int characterCount(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * Whether every code point of the text passes the test; a lone surrogate is tested as itself. A
   * plain loop rather than {@code codePoints().allMatch}: keys and owner names are checked on every
   * row a listing reads.
   */
  public static boolean everyCodePoint(String text, IntPredicate test) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (!test.test(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  /**
   * The length of the text in UTF-8, or -1 when it holds a lone surrogate and so has no UTF-8
   * encoding at all. Each char is first counted as one byte and only those outside ASCII add to it:
   * most values are ASCII, and a listing counts up to a thousand of them.
   */
  public static long utf8Length(String text) {
    int length = text.length();
    long bytes = length;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (c < 0x800) {
        bytes += 1;
      } else if (!Character.isSurrogate(c)) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        // Two chars, four bytes.
        bytes += 2;
        i++;
      } else {
        return -1;
      }
    }
    return bytes;
  }
}
