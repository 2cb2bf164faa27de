package dev.lexicon.adapter.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  @Test
  void whole_seconds_stay_as_they_are() {
    assertEquals(900, seconds(Duration.ofSeconds(900)));
  }

  @Test
  void a_fraction_of_a_second_rounds_up_so_a_client_that_waits_as_told_gets_in() {
    assertEquals(899, seconds(Duration.ofMillis(898_001)));
  }

  @Test
  void less_than_a_second_is_one_second_never_zero() {
    assertEquals(1, seconds(Duration.ofNanos(1)));
  }

  private static long seconds(Duration wait) {
    return RetryAfter.seconds(wait);
  }
}
