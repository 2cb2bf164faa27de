package dev.lexicon.adapter.web.http;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;

/**
 * The rules of RFC 9110 and 9112 that Netty's decoder does not enforce, checked on each request
 * head as it leaves the decoder, before Micronaut or any route sees it. A request that breaks one
 * is marked as one the decoder refused, so Micronaut answers it as it answers those (a problem, the
 * request id, one access-log line; see {@link ProtocolRefusals}) and closes the connection after
 * the answer. Everything the client sent after it on the connection is dropped unread, as the
 * decoder itself does after a refusal: a proxy that framed the request otherwise must never see a
 * second answer.
 */
final class StrictHttp1 extends ChannelInboundHandlerAdapter {

  /** The longest request target served: a longer one gets 414. */
  static final int MAX_TARGET_LENGTH = 8 * 1024;

  private boolean refused;

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object message) {
    if (refused) {
      ReferenceCountUtil.release(message);
      return;
    }
    if (message instanceof HttpRequest request) {
      Refusal refusal = request.decoderResult().isSuccess() ? refusalOf(request) : null;
      if (refusal != null) {
        request.setDecoderResult(DecoderResult.failure(refusal));
      }
      if (request.decoderResult().isFailure()) {
        refused = true;
        // The answer's status line repeats the request's version: a 505 must not claim HTTP/2.0,
        // nor a 414 the HTTP/1.0 that Netty gives a request line it could not read.
        request.setProtocolVersion(HttpVersion.HTTP_1_1);
      }
    }
    ctx.fireChannelRead(message);
  }

  private static Refusal refusalOf(HttpRequest request) {
    HttpVersion version = request.protocolVersion();
    if (!version.equals(HttpVersion.HTTP_1_1) && !version.equals(HttpVersion.HTTP_1_0)) {
      return new Refusal(HttpStatus.HTTP_VERSION_NOT_SUPPORTED);
    }
    if (request.uri().length() > MAX_TARGET_LENGTH) {
      return new Refusal(HttpStatus.REQUEST_URI_TOO_LONG);
    }
    if (isAKnownMethodMisspelled(request.method().name())) {
      return new Refusal(HttpStatus.BAD_REQUEST);
    }
    HttpHeaders headers = request.headers();
    int hosts = headers.getAll(HttpHeaderNames.HOST).size();
    // HTTP/1.0 predates Host, so only its repetition is ambiguous there.
    if (hosts > 1 || (hosts == 0 && version.equals(HttpVersion.HTTP_1_1))) {
      return new Refusal(HttpStatus.BAD_REQUEST);
    }
    if (headers instanceof LengthCountingHeaders read && read.contentLengthLines() > 1) {
      return new Refusal(HttpStatus.BAD_REQUEST);
    }
    // Proxies and frameworks disagree on which of two credentials counts.
    if (headers.getAll(HttpHeaderNames.AUTHORIZATION).size() > 1) {
      return new Refusal(HttpStatus.BAD_REQUEST);
    }
    return null;
  }

  /**
   * Methods are case-sensitive (RFC 9110 9.1), but Micronaut reads them in any case: {@code get}
   * would be served as GET while a proxy in front takes it for some other method. Other unknown
   * methods are not misread, and keep the answers API.md gives them (405, 404 or 401).
   */
  private static boolean isAKnownMethodMisspelled(String method) {
    HttpMethod readAs = HttpMethod.parse(method);
    return readAs != HttpMethod.CUSTOM && !readAs.name().equals(method);
  }
}
