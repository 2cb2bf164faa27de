package dev.lexicon.adapter.web.dictionary;

import dev.lexicon.domain.dictionary.EntryKey;
import java.nio.charset.StandardCharsets;

/**
 * The path of an entry: its key as it is, {@code /} included, with every character outside
 * unreserved ASCII percent-encoded as UTF-8 (RFC 3986), as clients address it.
 */
final class EntryPaths {

  static final String ROOT = "/api/v1/dictionary";
  private static final String KEPT = "-._~:@/";

  private EntryPaths() {}

  static String of(EntryKey key) {
    var path = new StringBuilder(ROOT).append('/');
    for (byte b : key.value().getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || KEPT.indexOf(c) >= 0) {
        path.append((char) c);
      } else {
        path.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        path.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return path.toString();
  }
}
