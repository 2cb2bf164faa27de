package dev.lexicon.domain;

/** Rules about Unicode text that several value objects share. */
public final class Text {

  private Text() {}

  /** Counts characters as people see them in a string: a surrogate pair is one character. */
  public static int characterCount(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * The length of the text in UTF-8, or -1 when it holds a lone surrogate and so has no UTF-8
   * encoding at all.
   */
  public static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return -1;
        }
        bytes += 4;
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return -1;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
