package dev.lexicon.adapter.web.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.dictionary.EntryKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorsAndPathsTest {

  @Test
  void a_cursor_gives_back_the_key_it_was_made_from() {
    EntryKey key = new EntryKey("app/db/café:𝒜");

    assertEquals(key, Cursors.decode(Cursors.encode(key)));
  }

  @Test
  void a_cursor_that_is_not_base64url_is_refused_as_a_cursor() {
    var failure = assertThrows(InvalidValue.class, () -> Cursors.decode("%%%"));

    assertEquals("cursor", failure.field());
  }

  @Test
  void a_cursor_that_is_not_utf8_is_refused_as_a_cursor() {
    String notUtf8 = Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xC3, (byte) 0x28});

    assertEquals("cursor", assertThrows(InvalidValue.class, () -> Cursors.decode(notUtf8)).field());
  }

  @Test
  void a_cursor_that_holds_no_valid_key_is_refused_as_a_cursor() {
    String notAKey = Base64.getUrlEncoder().encodeToString("a//b".getBytes(StandardCharsets.UTF_8));

    assertEquals("cursor", assertThrows(InvalidValue.class, () -> Cursors.decode(notAKey)).field());
  }

  @Test
  void a_key_path_keeps_slashes_and_percent_encodes_non_ascii_as_utf8() {
    assertEquals(
        "/api/v1/dictionary/app/caf%C3%A9:x@y", EntryPaths.of(new EntryKey("app/café:x@y")));
  }
}
