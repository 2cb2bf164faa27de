package dev.lexicon.adapter.web.http;

import dev.lexicon.adapter.web.problem.ProblemType;
import dev.lexicon.adapter.web.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import java.util.Optional;

/**
 * Refuses, with a 415, a request whose body is compressed or is not JSON in UTF-8, before any of
 * its body is read.
 *
 * <p>Netty's request decompression is switched off ({@code
 * micronaut.server.netty.request-decompression-enabled: false}), so a {@code Content-Encoding}
 * reaches this filter as a header and the body as sent. That holds on every route, framework ones
 * included, as API.md states the rule for every request.
 *
 * <p>The media type is checked where a route reads a body: the router lets a request without a
 * {@code Content-Type}, or with one it cannot parse, through to a JSON route as if it were JSON. A
 * route whose body may be left out (logout) takes a request without any body as it is.
 *
 * <p>It runs after the security filter, so a request without a token is a 401 whatever its body.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class JsonBodyMediaTypeFilter implements Ordered {

  static final int ORDER = ServerFilterPhase.SECURITY.after();

  static final String ENCODING_DETAIL =
      "The request body must be sent as it is: no Content-Encoding other than identity.";
  static final String TYPE_DETAIL =
      "The request body must be application/json, in UTF-8 (charset absent or utf-8).";

  @RequestFilter
  @Nullable
  HttpResponse<?> requireJson(HttpRequest<?> request) {
    if (!JsonMediaType.isIdentity(request.getHeaders().getAll(HttpHeaders.CONTENT_ENCODING))) {
      return Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE, ENCODING_DETAIL);
    }
    Optional<Argument<?>> body =
        RouteAttributes.getRouteInfo(request).flatMap(route -> route.getBodyArgument());
    boolean mustBeJson =
        body.isPresent() && (!body.get().isNullable() || carriesBody(request.getHeaders()));
    if (mustBeJson
        && !JsonMediaType.isJson(request.getHeaders().getAll(HttpHeaders.CONTENT_TYPE))) {
      return Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE, TYPE_DETAIL);
    }
    return null;
  }

  private static boolean carriesBody(HttpHeaders headers) {
    return headers.contains(HttpHeaders.TRANSFER_ENCODING)
        || headers.contentLength().orElse(0L) > 0;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
