package dev.lexicon.adapter.web.observability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties a request's response, its access-log line and every other log line it caused. A
 * client's own id is kept when it is sane — short, and of characters that cannot forge a log line
 * or a header — so that a caller can follow its request through our logs; anything else is replaced
 * by a fresh UUID rather than cleaned, since a cleaned id would no longer be the client's.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";

  /** The key under which log lines carry the id (logback's {@code %X{requestId}}). */
  public static final String MDC_KEY = "requestId";

  static final String ATTRIBUTE = "lexicon.request-id";

  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

  private RequestIds() {}

  /** The client's id when it is sane, otherwise a new one. */
  static String acceptOrGenerate(@Nullable String fromClient) {
    if (fromClient != null && SANE.matcher(fromClient).matches()) {
      return fromClient;
    }
    return UUID.randomUUID().toString();
  }

  /**
   * The id assigned to this request, once the request has passed the first filter. Read untyped:
   * the typed lookup builds a conversion context on every call, and this runs several times for
   * every request.
   */
  public static Optional<String> of(HttpRequest<?> request) {
    return request.getAttribute(ATTRIBUTE).map(String.class::cast);
  }
}
