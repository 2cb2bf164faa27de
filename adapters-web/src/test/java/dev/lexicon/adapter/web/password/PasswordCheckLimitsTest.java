package dev.lexicon.adapter.web.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordCheckLimitsTest {

  private static final Duration WAIT = Duration.ofSeconds(2);

  @Test
  void unless_set_there_is_one_slot_per_processor() {
    assertEquals(
        Runtime.getRuntime().availableProcessors(),
        new PasswordCheckLimits(null, WAIT).maxConcurrent());
  }

  @Test
  void a_setting_is_taken_as_it_is() {
    assertEquals(64, new PasswordCheckLimits(64, WAIT).maxConcurrent());
  }

  @Test
  void no_slot_at_all_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> new PasswordCheckLimits(0, WAIT));
  }

  @Test
  void a_negative_wait_is_refused() {
    assertThrows(
        IllegalArgumentException.class, () -> new PasswordCheckLimits(1, Duration.ofMillis(-1)));
  }

  @Test
  void a_wait_longer_than_ten_seconds_is_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PasswordCheckLimits(1, Duration.ofSeconds(10).plusMillis(1)));
  }
}
