package dev.lexicon.adapter.web.password;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.domain.user.Password;
import org.junit.jupiter.api.Test;

class ShippedCommonPasswordsTest {

  private final ShippedCommonPasswords common = new ShippedCommonPasswords();

  @Test
  void the_list_holds_at_least_the_ten_thousand_most_common_passwords() {
    assertTrue(common.size() >= 10_000, "only " + common.size() + " passwords");
  }

  @Test
  void a_top_ranked_password_is_common() {
    assertTrue(common.contains(Password.of("iloveyou")));
  }

  @Test
  void a_password_ranked_near_ten_thousand_is_common() {
    assertTrue(common.contains(Password.of("123456789qwerty")));
  }

  @Test
  void a_common_password_is_common_in_any_case() {
    assertTrue(common.contains(Password.of("PassWord1")));
  }

  @Test
  void a_long_unusual_passphrase_is_not_common() {
    assertFalse(common.contains(Password.of("violet kettle drums at dawn")));
  }
}
