package dev.lexicon.adapter.persistence.dictionary;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The byte range of the keys that start with a prefix: {@code from <= key < to}. A key starts with
 * the prefix exactly when its UTF-8 bytes do, and those keys sort between the prefix itself and the
 * prefix with its last byte raised by one.
 */
record KeyRange(byte[] from, byte[] to) {

  /** 0xFF never occurs in UTF-8, so it sorts above every key. */
  private static final byte ABOVE_EVERY_KEY = (byte) 0xFF;

  static KeyRange startingWith(String prefix) {
    byte[] from = prefix.getBytes(StandardCharsets.UTF_8);
    return new KeyRange(from, upperBound(from));
  }

  /**
   * Trailing 0xFF bytes cannot be raised; they are dropped before the last byte that can be is
   * raised. Nothing is left for an empty prefix, whose keys are all keys.
   */
  private static byte[] upperBound(byte[] prefix) {
    int length = prefix.length;
    while (length > 0 && prefix[length - 1] == ABOVE_EVERY_KEY) {
      length--;
    }
    if (length == 0) {
      return new byte[] {ABOVE_EVERY_KEY};
    }
    byte[] bound = Arrays.copyOf(prefix, length);
    bound[length - 1]++;
    return bound;
  }
}
