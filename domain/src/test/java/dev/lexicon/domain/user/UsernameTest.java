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
  void names_that_differ_only_in_case_share_one_login_name() {
    assertEquals(new Username("Alice").loginName(), new Username("aLICE").loginName());
  }

  @Test
  void a_username_and_an_email_with_the_same_canonical_form_share_one_login_name() {
    assertEquals(new Username("A@Example.org").loginName(), new Email("a@example.ORG").loginName());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bob", "Bob", "BOB", "ｂｏｂ", "ＢＯＢ"})
  void fullwidth_and_cased_forms_of_a_name_share_its_login_name(String variant) {
    assertEquals(new LoginName("bob"), new Username(variant).loginName());
  }

  @Test
  void a_sharp_s_folds_to_double_s() {
    assertEquals(new Username("STRASSE").loginName(), new Username("straße").loginName());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rooт_admin", // Cyrillic te among Latin letters
        "rооt", // Cyrillic o
        "pаypal", // Cyrillic a
        "αdmin", // Greek alpha
        "bob١2" // Arabic-Indic and ASCII digits
      })
  void a_new_name_that_mixes_confusable_scripts_is_refused(String name) {
    assertThrows(InvalidValue.class, () -> Username.choose(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"root_admin", "иван", "ελένη", "山田taro", "José.García", "さくら_sakura"})
  void a_new_name_in_one_script_or_an_accepted_mix_is_taken(String name) {
    assertEquals(name, Username.choose(name).value());
  }

  @Test
  void a_stored_name_that_mixes_scripts_still_loads() {
    assertDoesNotThrow(() -> new Username("rooт_admin"));
  }
}
