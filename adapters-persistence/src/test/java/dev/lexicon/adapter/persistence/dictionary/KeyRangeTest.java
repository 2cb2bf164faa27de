package dev.lexicon.adapter.persistence.dictionary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyRangeTest {

  @Test
  void a_prefix_ranges_from_itself_to_itself_with_the_last_byte_raised() {
    KeyRange range = KeyRange.startingWith("app/");

    assertArrayEquals(utf8("app/"), range.from());
    assertArrayEquals(utf8("app0"), range.to());
  }

  @Test
  void a_non_ascii_prefix_is_raised_in_its_last_utf8_byte() {
    KeyRange range = KeyRange.startingWith("é");

    assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xAA}, range.to());
  }

  @Test
  void the_empty_prefix_ranges_over_every_key() {
    KeyRange range = KeyRange.startingWith("");

    assertArrayEquals(new byte[0], range.from());
    assertArrayEquals(new byte[] {(byte) 0xFF}, range.to());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
