package dev.lexicon.adapter.web.http;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.util.AsciiString;

/**
 * Request headers that remember how many {@code Content-Length} lines the decoder read. On an
 * HTTP/1.0 request Netty folds repeated lengths into one, even unequal ones, before any handler
 * sees the headers; counting them as they are added lets {@link StrictHttp1} refuse the repetition
 * on every version, as it is refused on HTTP/1.1.
 */
final class LengthCountingHeaders extends DefaultHttpHeaders {

  static final HttpHeadersFactory FACTORY =
      new HttpHeadersFactory() {
        @Override
        public HttpHeaders newHeaders() {
          return new LengthCountingHeaders();
        }

        @Override
        public HttpHeaders newEmptyHeaders() {
          return new DefaultHttpHeaders();
        }
      };

  private int contentLengths;

  @Override
  public HttpHeaders add(CharSequence name, Object value) {
    if (AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.CONTENT_LENGTH)) {
      contentLengths++;
    }
    return super.add(name, value);
  }

  @Override
  public HttpHeaders add(String name, Object value) {
    return add((CharSequence) name, value);
  }

  int contentLengthLines() {
    return contentLengths;
  }
}
