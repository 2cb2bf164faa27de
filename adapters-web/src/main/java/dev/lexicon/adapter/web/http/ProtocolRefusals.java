package dev.lexicon.adapter.web.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.Optional;

/**
 * The status of a request refused before the application saw it, by Netty's decoder or by {@link
 * StrictHttp1}. Micronaut answers every such request 400, or 413 when a part of it was too long;
 * the part decides the status RFC 9110 gives it instead.
 */
public final class ProtocolRefusals {

  private ProtocolRefusals() {}

  /** The status of the refusal, when the request is one. */
  public static Optional<HttpStatus> statusOf(HttpRequest<?> request) {
    if (!(request instanceof NettyHttpRequest<?> netty)) {
      return Optional.empty();
    }
    DecoderResult result = netty.getNativeRequest().decoderResult();
    if (result.isSuccess()) {
      return Optional.empty();
    }
    Throwable cause = result.cause();
    if (cause instanceof Refusal refusal) {
      return Optional.of(refusal.status());
    }
    if (cause instanceof TooLongHttpHeaderException) {
      return Optional.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
    }
    // Netty reads only the request line with its line limit (the chunk-size lines of a body come
    // after the request, whose own result this is).
    if (cause instanceof TooLongHttpLineException) {
      return Optional.of(HttpStatus.REQUEST_URI_TOO_LONG);
    }
    return Optional.of(HttpStatus.BAD_REQUEST);
  }
}
