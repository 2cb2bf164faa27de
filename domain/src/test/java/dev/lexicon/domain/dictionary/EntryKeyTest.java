package dev.lexicon.domain.dictionary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.domain.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntryKeyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "k",
        "app/db/url",
        "a.b_c-d:e@f",
        "café",
        "東京/設定",
        "..a",
        "a..b",
        ".hidden/file",
        "a/.../b",
        "a./.b",
        "\uD835\uDC9C" // 𝒜, a letter outside the Basic Multilingual Plane
      })
  void accepts_letters_digits_and_the_allowed_punctuation(String key) {
    assertDoesNotThrow(() -> new EntryKey(key));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/leading",
        "trailing/",
        "double//slash",
        ".",
        "..",
        "a/./b",
        "a/../b",
        "../up",
        "./a",
        "a/.",
        "a/..",
        "with space",
        "percent%20",
        "star*",
        "tab\t",
        "nul\u0000",
        "emoji😀",
        "lone\uD800surrogate"
      })
  void refuses_keys_that_break_a_rule(String key) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> new EntryKey(key));
    assertEquals("key", invalid.field());
  }

  @Test
  void refuses_a_null_key() {
    assertThrows(InvalidValue.class, () -> new EntryKey(null));
  }

  @Test
  void accepts_255_characters_counting_a_surrogate_pair_as_one() {
    assertDoesNotThrow(() -> new EntryKey("\uD835\uDC9C".repeat(255)));
  }

  @Test
  void refuses_256_characters() {
    assertThrows(InvalidValue.class, () -> new EntryKey("a".repeat(256)));
  }

  @Test
  void orders_by_utf8_bytes_so_upper_case_comes_before_lower_case() {
    assertTrue(new EntryKey("Z").compareTo(new EntryKey("a")) < 0);
  }

  @Test
  void orders_by_utf8_bytes_so_z_comes_before_accented_letters() {
    assertTrue(new EntryKey("z").compareTo(new EntryKey("é")) < 0);
  }

  @Test
  void orders_characters_beyond_the_bmp_after_every_bmp_character() {
    // UTF-16 would put U+1D49C (high surrogate 0xD835) before U+F900; UTF-8 does not.
    assertTrue(new EntryKey("\uF900").compareTo(new EntryKey("\uD835\uDC9C")) < 0);
  }

  @Test
  void orders_a_key_before_the_keys_it_is_a_prefix_of() {
    assertTrue(new EntryKey("app").compareTo(new EntryKey("app/db")) < 0);
  }

  @Test
  void is_case_sensitive() {
    assertTrue(!new EntryKey("Key").equals(new EntryKey("key")));
  }
}
