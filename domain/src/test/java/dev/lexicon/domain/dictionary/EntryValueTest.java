package dev.lexicon.domain.dictionary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lexicon.domain.InvalidValue;
import org.junit.jupiter.api.Test;

class EntryValueTest {

  @Test
  void accepts_the_empty_string() {
    assertDoesNotThrow(() -> new EntryValue(""));
  }

  @Test
  void accepts_u0000() {
    assertDoesNotThrow(() -> new EntryValue("a\u0000b"));
  }

  @Test
  void accepts_exactly_65536_bytes_of_utf8() {
    assertDoesNotThrow(() -> new EntryValue("é".repeat(32_768)));
  }

  @Test
  void refuses_65537_bytes_of_utf8_even_when_it_is_fewer_characters() {
    InvalidValue invalid =
        assertThrows(InvalidValue.class, () -> new EntryValue("é".repeat(32_768) + "a"));
    assertEquals("value", invalid.field());
  }

  @Test
  void counts_a_character_beyond_the_bmp_as_four_bytes() {
    assertDoesNotThrow(() -> new EntryValue("😀".repeat(16_384)));
    assertThrows(InvalidValue.class, () -> new EntryValue("😀".repeat(16_384) + "a"));
  }

  @Test
  void refuses_a_lone_high_surrogate() {
    assertThrows(InvalidValue.class, () -> new EntryValue("a\uD800b"));
  }

  @Test
  void refuses_a_high_surrogate_that_ends_the_text() {
    assertThrows(InvalidValue.class, () -> new EntryValue("a\uD800"));
  }

  @Test
  void refuses_a_lone_low_surrogate() {
    assertThrows(InvalidValue.class, () -> new EntryValue("\uDC00"));
  }

  @Test
  void refuses_null() {
    assertThrows(InvalidValue.class, () -> new EntryValue(null));
  }

  @Test
  void equals_another_value_of_the_same_text() {
    assertEquals(new EntryValue("v"), new EntryValue("v"));
  }

  @Test
  void knows_its_length_in_utf8() {
    assertEquals(1 + 2 + 3 + 4, new EntryValue("a\u00e9\u20ac\uD835\uDC9C").utf8Length());
  }
}
