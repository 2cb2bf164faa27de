package dev.lexicon.adapter.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1970-01-01T00:00:00Z",
        "2026-12-03T08:30:00Z",
        "2026-12-03T08:30:05.100Z",
        "2026-12-03T08:30:05.120Z",
        "2026-12-03T08:30:05.123400Z",
        "2026-12-03T08:30:05.000001Z",
        "2026-12-03T08:30:05.000000001Z",
        "2024-02-29T23:59:59.999999999Z",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999Z",
        "0999-03-01T01:02:03Z",
        // Beyond four digits, where the JDK writes a sign.
        "+10000-01-01T00:00:00Z",
        "-0001-12-31T23:59:59.5Z",
        "+1000000000-06-01T00:00:00Z"
      })
  void writes_what_the_jdk_writes(String text) {
    Instant instant = Instant.parse(text);
    assertEquals(instant.toString(), IsoInstants.format(instant));
  }

  @Test
  void writes_what_the_jdk_writes_for_instants_across_the_four_digit_years() {
    SplittableRandom random = new SplittableRandom(20261203);
    long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long afterLast = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
    int[] granularities = {1_000_000_000, 1_000_000, 1_000, 1};
    for (int i = 0; i < 100_000; i++) {
      int granularity = granularities[i % granularities.length];
      Instant instant =
          Instant.ofEpochSecond(
              random.nextLong(first, afterLast),
              (long) random.nextInt(1_000_000_000 / granularity) * granularity);
      assertEquals(instant.toString(), IsoInstants.format(instant));
    }
  }
}
