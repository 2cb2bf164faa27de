package dev.lexicon.adapter.web.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.util.AsciiString;
import java.time.Clock;
import java.util.Date;

/**
 * Dates every final response as it is written: RFC 9110 (6.6.1) asks an origin server with a clock
 * for a {@code Date} on each, in IMF-fixdate. The text changes once a second, so it is formatted
 * once a second and shared by every connection. Micronaut's own stamp, switched off in
 * application.yml ({@code micronaut.server.date-header}), formatted it anew for every response: 3%
 * of a GET's CPU samples in a profile, and its day of the month had one digit where IMF-fixdate has
 * two.
 */
@ChannelHandler.Sharable
final class DateHeader extends ChannelOutboundHandlerAdapter {

  private final Clock clock;
  private volatile Stamp last = new Stamp(Long.MIN_VALUE, AsciiString.EMPTY_STRING);

  DateHeader(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
    if (message instanceof HttpResponse response
        && response.status().code() >= 200
        && !response.headers().contains(HttpHeaderNames.DATE)) {
      response.headers().set(HttpHeaderNames.DATE, now());
    }
    ctx.write(message, promise);
  }

  private AsciiString now() {
    long second = Math.floorDiv(clock.millis(), 1000L);
    Stamp stamp = last;
    if (stamp.second() != second) {
      // Racing threads each format the second they read; a stale stamp stored last only costs the
      // next response another format, never a wrong date.
      stamp = new Stamp(second, new AsciiString(DateFormatter.format(new Date(second * 1000L))));
      last = stamp;
    }
    return stamp.text();
  }

  private record Stamp(long second, AsciiString text) {}
}
