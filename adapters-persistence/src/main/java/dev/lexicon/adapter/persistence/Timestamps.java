package dev.lexicon.adapter.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Instants travel to and from DATETIME(6) columns as UTC wall-clock text. Binding them as {@code
 * java.sql.Timestamp} would make both drivers convert through the JVM's time zone, which cannot
 * tell apart the two instants of a daylight-saving overlap; and MySQL Connector/J reads MariaDB's
 * "5.5.5-" version prefix as a server without fractional seconds and drops the microseconds of
 * every temporal value it binds. Both databases parse and print this text exactly.
 */
public final class Timestamps {

  private static final DateTimeFormatter WRITTEN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  /** H2 prints no fraction for a whole second, MySQL prints six digits. */
  private static final DateTimeFormatter READ =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .toFormatter();

  private Timestamps() {}

  public static String toText(Instant instant) {
    return instant == null ? null : WRITTEN.format(instant.atOffset(ZoneOffset.UTC));
  }

  public static Instant toInstant(String text) {
    return text == null ? null : LocalDateTime.parse(text, READ).toInstant(ZoneOffset.UTC);
  }
}
