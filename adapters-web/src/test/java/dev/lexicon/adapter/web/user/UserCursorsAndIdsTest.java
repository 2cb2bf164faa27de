package dev.lexicon.adapter.web.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserCursorsAndIdsTest {

  private final UserId id = new UserId(UUID.randomUUID());

  @Test
  void a_cursor_gives_back_the_id_it_was_made_from() {
    assertEquals(id, UserCursors.decode(UserCursors.encode(id)));
  }

  @Test
  void a_cursor_is_22_url_safe_characters() {
    assertEquals(22, UserCursors.encode(id).length());
  }

  @Test
  void a_cursor_that_is_not_base64url_is_refused_as_a_cursor() {
    assertEquals(
        "cursor", assertThrows(InvalidValue.class, () -> UserCursors.decode("%%")).field());
  }

  @Test
  void a_cursor_of_the_wrong_length_is_refused_as_a_cursor() {
    assertEquals(
        "cursor", assertThrows(InvalidValue.class, () -> UserCursors.decode("AAAA")).field());
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
