package dev.lexicon.adapter.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lexicon.application.testing.MutableClock;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateHeaderTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T09:05:07.250Z"));
  private final EmbeddedChannel channel = new EmbeddedChannel(new DateHeader(clock));

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
  void an_interim_response_is_left_undated() {
    assertFalse(datesOnWritten(HttpResponseStatus.CONTINUE).iterator().hasNext());
  }
}
