package dev.lexicon.adapter.web.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/** Sets the {@link SecurityHeaders} on every response that passes the filters. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {

  @ResponseFilter
  void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    SecurityHeaders.apply(request, response);
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }
}
