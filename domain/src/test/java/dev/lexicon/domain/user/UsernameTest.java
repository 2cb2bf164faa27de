package dev.lexicon.domain.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lexicon.domain.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

  @ParameterizedTest
  @ValueSource(strings = {"bob", "alice.smith+tag@example.com", "a-b_c", "Zoë", "東京都", "user123"})
  void accepts_letters_digits_and_at_dot_plus_minus_underscore(String name) {
    assertDoesNotThrow(() -> new Username(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ab", "with space", "semi;colon", "slash/", "emoji😀", "quote'"})
  void refuses_names_that_break_a_rule(String name) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> new Username(name));
    assertEquals("username", invalid.field());
  }

  @Test
  void accepts_150_characters_and_refuses_151() {
    assertDoesNotThrow(() -> new Username("a".repeat(150)));
    assertThrows(InvalidValue.class, () -> new Username("a".repeat(151)));
  }

  @Test
  void names_that_differ_only_in_case_share_one_canonical_form() {
    assertEquals(new Username("Alice").canonical(), new Username("aLICE").canonical());
  }
}
