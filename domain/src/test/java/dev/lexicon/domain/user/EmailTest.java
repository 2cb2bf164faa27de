package dev.lexicon.domain.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lexicon.domain.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"a@example.com", "first.last+tag@sub.example.org", "o'brien@example.ie", "X@Y.IO"})
  void accepts_valid_addresses(String address) {
    assertDoesNotThrow(() -> new Email(address));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain",
        "@example.com",
        "a@",
        "a@b",
        "a@@example.com",
        ".a@example.com",
        "a.@example.com",
        "a..b@example.com",
        "a b@example.com",
        "a@-example.com",
        "a@example..com"
      })
  void refuses_invalid_addresses(String address) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> new Email(address));
    assertEquals("email", invalid.field());
  }

  @Test
  void accepts_254_characters() {
    assertDoesNotThrow(() -> new Email(addressOfLength(254)));
  }

  @Test
  void refuses_255_characters() {
    assertThrows(InvalidValue.class, () -> new Email(addressOfLength(255)));
  }

  private static String addressOfLength(int length) {
    String local = "a".repeat(64);
    String domainStart = "b".repeat(63) + "." + "c".repeat(63) + ".";
    int lastLabel = length - local.length() - 1 - domainStart.length() - ".com".length();
    return local + "@" + domainStart + "d".repeat(lastLabel) + ".com";
  }

  @Test
  void refuses_a_local_part_over_64_characters() {
    assertThrows(InvalidValue.class, () -> new Email("a".repeat(65) + "@example.com"));
  }

  @Test
  void addresses_that_differ_only_in_case_share_one_canonical_form() {
    assertEquals(
        new Email("Bob@Example.COM").loginName(), new Email("bob@example.com").loginName());
  }
}
