package dev.lexicon.adapter.web.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lexicon.adapter.web.paging.CursorSeal;
import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.dictionary.EntryKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorsAndPathsTest {

  private final CursorSeal seal = CursorSeal.derivedFrom(new byte[] {1, 2});
  private final Cursors cursors = new Cursors(seal);

  @Test
  void a_cursor_gives_back_the_key_it_was_made_from() {
    EntryKey key = new EntryKey("app/db/café:𝒜");

    assertEquals(key, cursors.decode(cursors.encode(key)));
  }

  @Test
  void a_cursor_that_is_not_base64url_is_refused_as_a_cursor() {
    var failure = assertThrows(InvalidValue.class, () -> cursors.decode("%%%"));

    assertEquals("cursor", failure.field());
  }

  @Test
  void the_bare_base64_of_a_key_is_refused_as_a_cursor() {
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("a".getBytes(StandardCharsets.UTF_8));

    assertEquals("cursor", assertThrows(InvalidValue.class, () -> cursors.decode(forged)).field());
  }

  @Test
  void a_cursor_issued_under_another_key_is_refused_as_a_cursor() {
    String foreign =
        new Cursors(CursorSeal.derivedFrom(new byte[] {3, 4})).encode(new EntryKey("a"));

    assertEquals("cursor", assertThrows(InvalidValue.class, () -> cursors.decode(foreign)).field());
  }

  @Test
  void a_sealed_position_that_is_not_utf8_is_refused_as_a_cursor() {
    String notUtf8 = seal.seal(Cursors.KIND, new byte[] {(byte) 0xC3, (byte) 0x28});

    assertEquals("cursor", assertThrows(InvalidValue.class, () -> cursors.decode(notUtf8)).field());
  }

  @Test
  void a_sealed_position_that_is_no_valid_key_is_refused_as_a_cursor() {
    String notAKey = seal.seal(Cursors.KIND, "a//b".getBytes(StandardCharsets.UTF_8));

    assertEquals("cursor", assertThrows(InvalidValue.class, () -> cursors.decode(notAKey)).field());
  }

  @Test
  void a_users_cursor_is_refused_as_an_entries_cursor() {
    String users = seal.seal("users", "a".getBytes(StandardCharsets.UTF_8));

    assertEquals("cursor", assertThrows(InvalidValue.class, () -> cursors.decode(users)).field());
  }

  @Test
  void a_key_path_keeps_slashes_and_percent_encodes_non_ascii_as_utf8() {
    assertEquals(
        "/api/v1/dictionary/app/caf%C3%A9:x@y", EntryPaths.of(new EntryKey("app/café:x@y")));
  }

  @Test
  void a_key_is_percent_decoded_as_utf8() {
    assertEquals(
        new EntryKey("app/café/𝒜"),
        EntryPaths.keyOf("/api/v1/dictionary/app/caf%C3%A9/%F0%9D%92%9C"));
  }

  @Test
  void a_trailing_slash_stays_in_the_key_and_makes_it_invalid() {
    assertEquals(
        "key",
        assertThrows(InvalidValue.class, () -> EntryPaths.keyOf("/api/v1/dictionary/a/")).field());
  }

  @Test
  void a_dot_segment_stays_in_the_key_and_makes_it_invalid() {
    assertEquals(
        "key",
        assertThrows(InvalidValue.class, () -> EntryPaths.keyOf("/api/v1/dictionary/a/%2E/b"))
            .field());
  }

  @Test
  void an_escape_without_two_hex_digits_is_refused_as_a_key() {
    assertEquals(
        "key",
        assertThrows(InvalidValue.class, () -> EntryPaths.keyOf("/api/v1/dictionary/a%2")).field());
  }

  @Test
  void an_escape_with_digits_of_another_script_is_refused_as_a_key() {
    assertEquals(
        "key",
        assertThrows(
                InvalidValue.class, () -> EntryPaths.keyOf("/api/v1/dictionary/a%\uFF14\uFF11"))
            .field());
  }

  @Test
  void escaped_bytes_that_are_not_utf8_are_refused_as_a_key() {
    // C0 AF is an overlong '/', which a lenient decoder would read as the key a/b.
    assertEquals(
        "key",
        assertThrows(InvalidValue.class, () -> EntryPaths.keyOf("/api/v1/dictionary/a%C0%AFb"))
            .field());
  }
}
