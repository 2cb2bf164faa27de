package dev.lexicon.adapter.web.json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Timestamps as API.md writes them: ISO-8601 in UTC with a {@code Z}, exactly as {@link
 * Instant#toString} does (the fraction in groups of three digits, none when it is zero). A listing
 * writes two per entry, and the JDK's general formatter took 6% of a listing's profile samples;
 * this writes the digits directly for the years 0 to 9999 and leaves every other year to the JDK.
 */
public final class IsoInstants {

  private static final long FIRST_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long AFTER_LAST_SECOND =
      Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
  private static final int NANOS_PER_MILLI = 1_000_000;
  private static final int NANOS_PER_MICRO = 1_000;

  private IsoInstants() {}

  public static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIRST_SECOND || seconds >= AFTER_LAST_SECOND) {
      return instant.toString();
    }
    LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    int nanos = instant.getNano();
    byte[] text = new byte["0000-00-00T00:00:00.000000000Z".length()];
    int at = digits(text, 0, time.getYear(), 4);
    text[at++] = '-';
    at = digits(text, at, time.getMonthValue(), 2);
    text[at++] = '-';
    at = digits(text, at, time.getDayOfMonth(), 2);
    text[at++] = 'T';
    at = digits(text, at, time.getHour(), 2);
    text[at++] = ':';
    at = digits(text, at, time.getMinute(), 2);
    text[at++] = ':';
    at = digits(text, at, time.getSecond(), 2);
    if (nanos != 0) {
      text[at++] = '.';
      if (nanos % NANOS_PER_MILLI == 0) {
        at = digits(text, at, nanos / NANOS_PER_MILLI, 3);
      } else if (nanos % NANOS_PER_MICRO == 0) {
        at = digits(text, at, nanos / NANOS_PER_MICRO, 6);
      } else {
        at = digits(text, at, nanos, 9);
      }
    }
    text[at++] = 'Z';
    return new String(text, 0, at, StandardCharsets.US_ASCII);
  }

  /** Writes {@code value} as exactly {@code width} decimal digits, zero-padded. */
  private static int digits(byte[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return at + width;
  }
}
