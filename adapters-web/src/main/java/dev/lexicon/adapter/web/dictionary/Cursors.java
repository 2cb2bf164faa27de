package dev.lexicon.adapter.web.dictionary;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.dictionary.EntryKey;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A cursor is the last key of a page in base64url. Clients must treat it as opaque; keeping it
 * self-contained means a page at any depth costs one keyset query and no server-side state.
 */
final class Cursors {

  private static final String FIELD = "cursor";
  private static final String UNKNOWN = "is not a cursor this service issued";

  private Cursors() {}

  static String encode(EntryKey lastKey) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(lastKey.value().getBytes(StandardCharsets.UTF_8));
  }

  static EntryKey decode(String cursor) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(cursor);
      String key =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new EntryKey(key);
    } catch (IllegalArgumentException | CharacterCodingException | InvalidValue e) {
      throw new InvalidValue(FIELD, UNKNOWN);
    }
  }
}
