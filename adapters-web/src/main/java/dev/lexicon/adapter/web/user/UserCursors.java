package dev.lexicon.adapter.web.user;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.user.UserId;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/**
 * A cursor is the id of the last user of a page, its 16 bytes in base64url. Clients must treat it
 * as opaque; being self-contained, it keeps a page at any depth one keyset query.
 */
final class UserCursors {

  private static final int UUID_BYTES = 16;
  private static final String FIELD = "cursor";
  private static final String UNKNOWN = "is not a cursor this service issued";

  private UserCursors() {}

  static String encode(UserId lastId) {
    UUID id = lastId.value();
    ByteBuffer bytes = ByteBuffer.allocate(UUID_BYTES);
    bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  static UserId decode(String cursor) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException notBase64) {
      throw new InvalidValue(FIELD, UNKNOWN);
    }
    if (bytes.length != UUID_BYTES) {
      throw new InvalidValue(FIELD, UNKNOWN);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UserId(new UUID(buffer.getLong(), buffer.getLong()));
  }
}
