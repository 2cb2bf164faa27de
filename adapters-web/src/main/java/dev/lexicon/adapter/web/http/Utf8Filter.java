package dev.lexicon.adapter.web.http;

import dev.lexicon.adapter.web.problem.ProblemType;
import dev.lexicon.adapter.web.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, with a 400, a request whose body or percent-encoded path or query is not well-formed
 * UTF-8. The JSON parser would otherwise accept some ill-formed sequences and decode them into
 * something else: an overlong {@code C0 AF} becomes {@code /}, which is how validation gets
 * bypassed. The check runs after the security filter, so a request the API refuses anyway is not
 * read; the body it reads is already bounded by the 1 MiB limit and is read by the route next.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class Utf8Filter implements Ordered {

  /** After the media type is known to be JSON: a compressed body is a 415, not ill-formed text. */
  static final int ORDER = JsonBodyMediaTypeFilter.ORDER + 1;

  static final String DETAIL = "The request must be encoded in well-formed UTF-8.";

  @RequestFilter
  @Nullable
  HttpResponse<?> requireUtf8(HttpRequest<?> request, @Body @Nullable byte[] body) {
    boolean wellFormed =
        (body == null || isUtf8(ByteBuffer.wrap(body)))
            && isPercentEncodedUtf8(request.getUri().getRawPath())
            && isPercentEncodedUtf8(request.getUri().getRawQuery());
    return wellFormed ? null : Problems.response(ProblemType.MALFORMED_REQUEST, DETAIL);
  }

  /** A URI is ASCII; whatever it carries beyond that is percent-encoded UTF-8 bytes. */
  static boolean isPercentEncodedUtf8(@Nullable String raw) {
    if (raw == null) {
      return true;
    }
    ByteBuffer bytes = ByteBuffer.allocate(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 0x80) {
        return false;
      }
      if (c == '%'
          && i + 2 < raw.length()
          && isHex(raw.charAt(i + 1))
          && isHex(raw.charAt(i + 2))) {
        bytes.put((byte) Integer.parseInt(raw, i + 1, i + 3, 16));
        i += 2;
      } else {
        bytes.put((byte) c);
      }
    }
    return isUtf8(bytes.flip());
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  private static boolean isUtf8(ByteBuffer bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes);
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
