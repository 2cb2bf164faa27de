package dev.lexicon.adapter.web.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lexicon.adapter.web.paging.CursorSeal;
import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.user.UserId;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserCursorsAndIdsTest {

  private final UserId id = new UserId(UUID.randomUUID());
  private final UserCursors cursors = new UserCursors(CursorSeal.derivedFrom(new byte[] {1, 2}));

  @Test
  void a_cursor_gives_back_the_id_it_was_made_from() {
    assertEquals(id, cursors.decode(cursors.encode(id)));
  }

  @Test
  void a_cursor_that_is_not_base64url_is_refused_as_a_cursor() {
    assertEquals("cursor", assertThrows(InvalidValue.class, () -> cursors.decode("%%")).field());
  }

  @Test
  void the_bare_base64_of_an_id_is_refused_as_a_cursor() {
    ByteBuffer bytes = ByteBuffer.allocate(16);
    bytes.putLong(id.value().getMostSignificantBits());
    bytes.putLong(id.value().getLeastSignificantBits());
    String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());

    assertEquals("cursor", assertThrows(InvalidValue.class, () -> cursors.decode(forged)).field());
  }

  @Test
  void a_cursor_issued_under_another_key_is_refused_as_a_cursor() {
    String foreign = new UserCursors(CursorSeal.derivedFrom(new byte[] {3, 4})).encode(id);

    assertEquals("cursor", assertThrows(InvalidValue.class, () -> cursors.decode(foreign)).field());
  }

  @Test
  void an_entries_cursor_is_refused_as_a_users_cursor() {
    CursorSeal seal = CursorSeal.derivedFrom(new byte[] {1, 2});
    String entries = seal.seal("dictionary-entries", new byte[16]);

    assertEquals("cursor", assertThrows(InvalidValue.class, () -> cursors.decode(entries)).field());
  }

  @Test
  void a_canonical_uuid_is_a_user_id_in_either_case() {
    assertEquals(id, UserIds.parse(id.toString().toUpperCase()));
  }

  @Test
  void a_non_canonical_uuid_is_refused_as_an_id() {
    assertEquals("id", assertThrows(InvalidValue.class, () -> UserIds.parse("1-2-3-4-5")).field());
  }

  @Test
  void text_that_is_no_uuid_is_refused_as_an_id() {
    assertEquals("id", assertThrows(InvalidValue.class, () -> UserIds.parse("me2")).field());
  }
}
