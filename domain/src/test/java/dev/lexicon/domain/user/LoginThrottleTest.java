package dev.lexicon.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
  private final LoginThrottle throttle = LoginThrottle.STANDARD;

  @Test
  void four_recent_failures_leave_the_account_open() {
    assertEquals(Optional.empty(), throttle.lockedFor(minutesAgo(1, 2, 3, 4), NOW));
  }

  @Test
  void five_failures_within_fifteen_minutes_close_it_until_the_oldest_ages_out() {
    assertEquals(
        Optional.of(Duration.ofMinutes(5)), throttle.lockedFor(minutesAgo(1, 2, 3, 4, 10), NOW));
  }

  @Test
  void with_more_than_five_failures_it_opens_when_only_four_remain_in_the_window() {
    assertEquals(
        Optional.of(Duration.ofMinutes(6)), throttle.lockedFor(minutesAgo(1, 2, 3, 4, 9, 12), NOW));
  }

  @Test
  void failures_older_than_the_window_do_not_count() {
    assertEquals(Optional.empty(), throttle.lockedFor(minutesAgo(1, 2, 3, 4, 16), NOW));
  }

  private static List<Instant> minutesAgo(int... minutes) {
    return java.util.Arrays.stream(minutes)
        .mapToObj(m -> NOW.minus(Duration.ofMinutes(m)))
        .toList();
  }
}
