package dev.lexicon.adapter.web.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;

/**
 * Makes {@code Accept} mean nothing, so that it never causes a 406. Every response of this service
 * has one representation (JSON, or problem+json for an error), sent whatever the client accepts.
 *
 * <p>Micronaut's router matches a request's {@code Accept} against each route's {@code @Produces}
 * and answers 406 when none matches: {@code application/*} or {@code application/problem+json}
 * would fail on a JSON route, a 404 for a missing entry would become a 406, and a route's response
 * would take its {@code Content-Type}, parameters and all, from the matching {@code Accept} entry.
 * Read as {@code *}{@code /*}, every route matches and answers with the media type it produces.
 * This must happen before routing, hence pre-matching, and it covers the framework's routes
 * (health, metrics, the API description) as well as ours.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class OneRepresentationFilter implements Ordered {

  @PreMatching
  @RequestFilter
  void acceptAnything(MutableHttpRequest<?> request) {
    request.getHeaders().set(HttpHeaders.ACCEPT, MediaType.ALL);
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }
}
