package dev.lexicon.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  @Test
  void an_instant_is_written_as_utc_wall_clock_time_with_six_fractional_digits() {
    assertEquals(
        "2026-01-02 03:04:05.100000", Timestamps.toText(Instant.parse("2026-01-02T03:04:05.1Z")));
  }

  @Test
  void text_is_read_with_or_without_a_fraction_as_the_databases_print_it() {
    assertEquals(
        Instant.parse("2026-01-02T03:04:05Z"), Timestamps.toInstant("2026-01-02 03:04:05"));
    assertEquals(
        Instant.parse("2026-01-02T03:04:05.000001Z"),
        Timestamps.toInstant("2026-01-02 03:04:05.000001"));
  }
}
