package dev.lexicon.adapter.web.dictionary;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.dictionary.EntryKey;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The path of an entry: its key as it is, {@code /} included, with every character outside
 * unreserved ASCII percent-encoded as UTF-8 (RFC 3986), as clients address it.
 */
final class EntryPaths {

  static final String ROOT = "/api/v1/dictionary";
  private static final String ENTRY_PREFIX = ROOT + "/";
  private static final String KEPT = "-._~:@/";
  private static final String KEY = "key";
  private static final String NOT_PERCENT_ENCODED_UTF8 =
      "must be percent-encoded UTF-8 in the path (%XX for each byte beyond ASCII)";

  private EntryPaths() {}

  static String of(EntryKey key) {
    var path = new StringBuilder(ENTRY_PREFIX);
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

  /**
   * Whether a request path, as sent, names an entry (rightly or not) rather than the dictionary.
   */
  static boolean addressesAnEntry(String rawPath) {
    return rawPath.startsWith(ENTRY_PREFIX);
  }

  /**
   * The key a path that {@link #addressesAnEntry} names: all of it after {@code
   * /api/v1/dictionary/}, as sent, percent-decoded once as UTF-8, and nothing else. A trailing
   * {@code /}, an empty or a {@code .} segment stays, so such a path names an invalid key, never
   * another entry.
   *
   * @throws InvalidValue for {@code key}, when an escape is not {@code %} and two hex digits, the
   *     bytes are not UTF-8, or the key breaks a rule of {@link EntryKey}
   */
  static EntryKey keyOf(String rawPath) {
    String encoded = rawPath.substring(ENTRY_PREFIX.length());
    var bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()
            || !isHex(encoded.charAt(i + 1))
            || !isHex(encoded.charAt(i + 2))) {
          throw new InvalidValue(KEY, NOT_PERCENT_ENCODED_UTF8);
        }
        bytes.write(Integer.parseInt(encoded, i + 1, i + 3, 16));
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        throw new InvalidValue(KEY, NOT_PERCENT_ENCODED_UTF8);
      }
    }
    return new EntryKey(utf8(bytes.toByteArray()));
  }

  /** ASCII only: {@link Character#digit} would also take other scripts' digits. */
  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Strictly: a decoder that replaced ill-formed bytes would let two paths name one key. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidValue(KEY, NOT_PERCENT_ENCODED_UTF8);
    }
  }
}
