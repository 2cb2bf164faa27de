package dev.lexicon.adapter.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lexicon.application.testing.MutableClock;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DateHeaderTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T09:05:07.250Z"));
  private final DateHeader header = new DateHeader(clock);
  private final EmbeddedChannel channel = new EmbeddedChannel(header);

  private List<String> datesOnWritten(HttpResponseStatus status) {
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status);
    channel.writeOutbound(response);
    FullHttpResponse written = channel.readOutbound();
    try {
      return written.headers().getAll(HttpHeaderNames.DATE);
    } finally {
      written.release();
    }
  }

  @Test
  void a_response_is_dated_in_imf_fixdate_with_a_two_digit_day() {
    assertEquals(List.of("Thu, 03 Dec 2026 09:05:07 GMT"), datesOnWritten(HttpResponseStatus.OK));
  }

  @Test
  void an_error_response_is_dated_too() {
    assertEquals(
        List.of("Thu, 03 Dec 2026 09:05:07 GMT"), datesOnWritten(HttpResponseStatus.BAD_REQUEST));
  }

  @Test
  void the_date_moves_on_with_the_clock() {
    datesOnWritten(HttpResponseStatus.OK);
    clock.advance(Duration.ofMillis(750));

    assertEquals(List.of("Thu, 03 Dec 2026 09:05:08 GMT"), datesOnWritten(HttpResponseStatus.OK));
  }

  @Test
  void responses_within_one_second_share_its_date() {
    datesOnWritten(HttpResponseStatus.OK);
    clock.advance(Duration.ofMillis(740));

    assertEquals(List.of("Thu, 03 Dec 2026 09:05:07 GMT"), datesOnWritten(HttpResponseStatus.OK));
  }

  @Test
  void a_date_already_set_is_kept() {
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
    response.headers().set(HttpHeaderNames.DATE, "Sun, 06 Nov 1994 08:49:37 GMT");
    channel.writeOutbound(response);
    FullHttpResponse written = channel.readOutbound();

    assertEquals(
        List.of("Sun, 06 Nov 1994 08:49:37 GMT"), written.headers().getAll(HttpHeaderNames.DATE));
    written.release();
  }

  @Test
  void connections_sharing_it_while_the_seconds_turn_each_get_the_second_they_are_written_in()
      throws Exception {
    ExecutorService connections = Executors.newFixedThreadPool(4);
    try {
      List<Future<Optional<String>>> outOfTime = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        outOfTime.add(connections.submit(() -> firstDateOutsideItsWrite(2_000)));
      }
      while (!outOfTime.stream().allMatch(Future::isDone)) {
        clock.advance(Duration.ofMillis(7));
      }
      for (Future<Optional<String>> found : outOfTime) {
        assertEquals(Optional.empty(), found.get());
      }
    } finally {
      connections.shutdownNow();
    }
  }

  /** Writes through this test's one handler; the first date not of a second the write spanned. */
  private Optional<String> firstDateOutsideItsWrite(int responses) {
    EmbeddedChannel connection = new EmbeddedChannel(header);
    for (int i = 0; i < responses; i++) {
      Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      connection.writeOutbound(
          new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
      Instant after = clock.instant();
      FullHttpResponse written = connection.readOutbound();
      String text = written.headers().get(HttpHeaderNames.DATE);
      written.release();
      Instant date = DateFormatter.parseHttpDate(text).toInstant();
      if (date.isBefore(before) || date.isAfter(after)) {
        return Optional.of(text + " written between " + before + " and " + after);
      }
    }
    return Optional.empty();
  }

  @Test
  void an_interim_response_is_left_undated() {
    assertFalse(datesOnWritten(HttpResponseStatus.CONTINUE).iterator().hasNext());
  }
}
