package dev.lexicon.adapter.web.paging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorSealTest {

  private static final String KIND = "things";
  private static final byte[] POSITION = "app/db/café".getBytes(StandardCharsets.UTF_8);

  private final CursorSeal seal = CursorSeal.derivedFrom(new byte[] {1, 2, 3, 4});
  private final String issued = seal.seal(KIND, POSITION);

  @Test
  void an_issued_cursor_opens_to_its_position() {
    assertArrayEquals(POSITION, seal.open(KIND, issued).orElseThrow());
  }

  @Test
  void a_cursor_is_url_safe_text_without_padding() {
    assertTrue(issued.matches("[A-Za-z0-9_-]+"), issued);
  }

  @Test
  void another_instance_with_the_same_signing_secret_opens_it() {
    CursorSeal sameKey = CursorSeal.derivedFrom(new byte[] {1, 2, 3, 4});

    assertArrayEquals(POSITION, sameKey.open(KIND, issued).orElseThrow());
  }

  @Test
  void a_cursor_sealed_with_another_key_is_refused() {
    String foreign = CursorSeal.derivedFrom(new byte[] {9, 9, 9}).seal(KIND, POSITION);

    assertTrue(seal.open(KIND, foreign).isEmpty());
  }

  @Test
  void a_cursor_of_another_kind_is_refused() {
    assertTrue(seal.open("other-things", issued).isEmpty());
  }

  @Test
  void a_cursor_with_one_bit_of_its_position_flipped_is_refused() {
    assertTrue(seal.open(KIND, withByteFlipped(issued, 0)).isEmpty());
  }

  @Test
  void a_cursor_with_one_bit_of_its_tag_flipped_is_refused() {
    int last = Base64.getUrlDecoder().decode(issued).length - 1;

    assertTrue(seal.open(KIND, withByteFlipped(issued, last)).isEmpty());
  }

  @Test
  void a_truncated_cursor_is_refused() {
    assertTrue(seal.open(KIND, issued.substring(0, issued.length() - 1)).isEmpty());
    assertTrue(seal.open(KIND, issued.substring(0, 8)).isEmpty());
    assertTrue(seal.open(KIND, "").isEmpty());
  }

  @Test
  void a_cursor_with_its_position_cut_short_but_the_tag_kept_is_refused() {
    byte[] sealed = Base64.getUrlDecoder().decode(issued);
    byte[] shorter = new byte[sealed.length - 1];
    System.arraycopy(sealed, 1, shorter, 0, shorter.length);

    assertTrue(seal.open(KIND, encode(shorter)).isEmpty());
  }

  @Test
  void a_cursor_spelled_with_padding_is_refused() {
    byte[] sealed = Base64.getUrlDecoder().decode(issued);
    String padded = Base64.getUrlEncoder().encodeToString(sealed);

    assertTrue(!padded.equals(issued) && seal.open(KIND, padded).isEmpty(), padded);
  }

  @Test
  void a_cursor_spelled_in_the_standard_base64_alphabet_is_refused() {
    String cursor = cursorWithUrlOnlyCharacters();
    String standard = cursor.replace('-', '+').replace('_', '/');

    assertTrue(seal.open(KIND, standard).isEmpty());
  }

  @Test
  void a_cursor_with_stray_low_bits_in_its_last_character_is_refused() {
    // 1 + 16 bytes take 23 characters, whose last carries 2 bits that the decoder ignores.
    String cursor = seal.seal(KIND, new byte[] {7});
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int last = alphabet.indexOf(cursor.charAt(cursor.length() - 1));
    String respelled = cursor.substring(0, cursor.length() - 1) + alphabet.charAt(last ^ 1);

    assertArrayEquals(
        Base64.getUrlDecoder().decode(cursor), Base64.getUrlDecoder().decode(respelled));
    assertTrue(seal.open(KIND, respelled).isEmpty());
  }

  @Test
  void text_that_is_not_base64url_is_refused() {
    assertTrue(seal.open(KIND, "***").isEmpty());
  }

  @Test
  void the_bare_base64_of_a_position_is_refused() {
    assertTrue(seal.open(KIND, encode(POSITION)).isEmpty());
  }

  private String cursorWithUrlOnlyCharacters() {
    for (int i = 0; ; i++) {
      String cursor = seal.seal(KIND, ("k" + i).getBytes(StandardCharsets.UTF_8));
      if (cursor.indexOf('-') >= 0 || cursor.indexOf('_') >= 0) {
        return cursor;
      }
    }
  }

  private static String withByteFlipped(String cursor, int index) {
    byte[] sealed = Base64.getUrlDecoder().decode(cursor);
    sealed[index] ^= 1;
    return encode(sealed);
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
