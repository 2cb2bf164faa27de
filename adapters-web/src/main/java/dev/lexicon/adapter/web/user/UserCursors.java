package dev.lexicon.adapter.web.user;

import dev.lexicon.adapter.web.paging.CursorSeal;
import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.user.UserId;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * A cursor holds the id of the last user of a page, its 16 bytes, sealed so that only a cursor this
 * service issued names a position. Clients must treat it as opaque; being self-contained, it keeps
 * a page at any depth one keyset query.
 */
@Singleton
final class UserCursors {

  static final String KIND = "users";
  private static final int UUID_BYTES = 16;
  private static final String FIELD = "cursor";
  private static final String UNKNOWN = "is not a cursor this service issued";

  private final CursorSeal seal;

  UserCursors(CursorSeal seal) {
    this.seal = seal;
  }

  String encode(UserId lastId) {
    UUID id = lastId.value();
    ByteBuffer bytes = ByteBuffer.allocate(UUID_BYTES);
    bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    return seal.seal(KIND, bytes.array());
  }

  UserId decode(String cursor) {
    byte[] bytes = seal.open(KIND, cursor).orElseThrow(() -> new InvalidValue(FIELD, UNKNOWN));
    if (bytes.length != UUID_BYTES) {
      throw new InvalidValue(FIELD, UNKNOWN);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UserId(new UUID(buffer.getLong(), buffer.getLong()));
  }
}
