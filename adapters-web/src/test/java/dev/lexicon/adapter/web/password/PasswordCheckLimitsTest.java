package dev.lexicon.adapter.web.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordCheckLimitsTest {

  private static final Duration WAIT = Duration.ofSeconds(2);
  private static final int MEMORY_KIB = 19_456;
  private static final long MIB = 1024 * 1024;

  @Test
  void unless_set_there_is_one_slot_per_processor_when_half_the_heap_holds_them() {
    assertEquals(8, PasswordCheckLimits.defaultSlots(8, 6144 * MIB, MEMORY_KIB));
  }

  @Test
  void unless_set_there_are_no_more_slots_than_half_the_heap_holds() {
    assertEquals(6, PasswordCheckLimits.defaultSlots(16, 256 * MIB, MEMORY_KIB));
  }

  @Test
  void unless_set_there_is_at_least_one_slot_however_small_the_heap() {
    assertEquals(1, PasswordCheckLimits.defaultSlots(4, 16 * MIB, MEMORY_KIB));
  }

  @Test
  void a_setting_is_taken_as_it_is() {
    assertEquals(64, new PasswordCheckLimits(64, WAIT, MEMORY_KIB).maxConcurrent());
  }

  @Test
  void no_slot_at_all_is_refused() {
    assertThrows(
        IllegalArgumentException.class, () -> new PasswordCheckLimits(0, WAIT, MEMORY_KIB));
  }

  @Test
  void a_negative_wait_is_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PasswordCheckLimits(1, Duration.ofMillis(-1), MEMORY_KIB));
  }

  @Test
  void a_wait_longer_than_ten_seconds_is_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PasswordCheckLimits(1, Duration.ofSeconds(10).plusMillis(1), MEMORY_KIB));
  }
}
