package dev.lexicon.adapter.web.dictionary;

import dev.lexicon.adapter.web.paging.CursorSeal;
import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.dictionary.EntryKey;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A cursor holds the last key of a page, sealed so that only a cursor this service issued names a
 * position. Clients must treat it as opaque; keeping it self-contained means a page at any depth
 * costs one keyset query and no server-side state.
 */
@Singleton
final class Cursors {

  static final String KIND = "dictionary-entries";
  private static final String FIELD = "cursor";
  private static final String UNKNOWN = "is not a cursor this service issued";

  private final CursorSeal seal;

  Cursors(CursorSeal seal) {
    this.seal = seal;
  }

  String encode(EntryKey lastKey) {
    return seal.seal(KIND, lastKey.value().getBytes(StandardCharsets.UTF_8));
  }

  EntryKey decode(String cursor) {
    byte[] bytes = seal.open(KIND, cursor).orElseThrow(() -> new InvalidValue(FIELD, UNKNOWN));
    try {
      String key =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new EntryKey(key);
    } catch (CharacterCodingException | InvalidValue e) {
      throw new InvalidValue(FIELD, UNKNOWN);
    }
  }
}
