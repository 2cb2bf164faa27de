package dev.lexicon.domain.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.domain.InvalidValue;
import org.junit.jupiter.api.Test;

class PasswordTest {

  @Test
  void accepts_8_to_128_characters() {
    assertDoesNotThrow(() -> Password.of("abcdefg1"));
    assertDoesNotThrow(() -> Password.of("x".repeat(128)));
  }

  @Test
  void refuses_7_characters() {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> Password.of("abcdef1"));
    assertEquals("password", invalid.field());
  }

  @Test
  void refuses_129_characters() {
    assertThrows(InvalidValue.class, () -> Password.of("x".repeat(129)));
  }

  @Test
  void refuses_only_digits() {
    assertThrows(InvalidValue.class, () -> Password.of("1234567890"));
  }

  @Test
  void reports_under_the_field_name_it_was_given() {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> Password.of("newPassword", ""));
    assertEquals("newPassword", invalid.field());
  }

  @Test
  void knows_when_it_contains_the_username_in_any_case() {
    assertTrue(Password.of("xxALICExx").contains(new Username("alice")));
    assertFalse(Password.of("xxBOBxxxx").contains(new Username("alice")));
  }

  @Test
  void never_shows_the_secret_in_to_string() {
    assertFalse(Password.of("s3cret-value").toString().contains("s3cret"));
  }

  @Test
  void refuses_a_lone_high_surrogate() {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> Password.of("abcdefgh\ud800"));
    assertEquals("password", invalid.field());
  }

  @Test
  void refuses_a_lone_low_surrogate() {
    assertThrows(InvalidValue.class, () -> Password.of("\udfffabcdefgh"));
  }

  @Test
  void refuses_a_high_surrogate_followed_by_another_high_one() {
    assertThrows(InvalidValue.class, () -> Password.of("abcdefgh\ud800\ud800"));
  }

  @Test
  void accepts_a_surrogate_pair_as_one_character() {
    assertDoesNotThrow(() -> Password.of("abcdefg\ud83d\ude00"));
  }

  @Test
  void a_typed_password_may_be_any_text() {
    assertEquals("1", Password.typed("password", "1"));
  }

  @Test
  void a_typed_password_with_a_lone_surrogate_is_refused_under_its_field() {
    InvalidValue invalid =
        assertThrows(InvalidValue.class, () -> Password.typed("currentPassword", "x\ud800"));
    assertEquals("currentPassword", invalid.field());
  }
}
