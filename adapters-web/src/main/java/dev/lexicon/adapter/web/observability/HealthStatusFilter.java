package dev.lexicon.adapter.web.observability;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.filter.HealthResultFilter;
import io.micronaut.management.health.indicator.HealthResult;

/**
 * Answers a health check with the status its result calls for: the status configured for it under
 * {@code endpoints.health.status.http-mapping}, else 503 when the result is not operational, as
 * Micronaut's own filter does.
 *
 * <p>That filter is bound to the three health paths, and a single filter bound to paths makes
 * Micronaut match every filter against every request's path and sort the list anew (6% of a GET's
 * profile). Bound to every path and looking only at the body, this one leaves the filter list the
 * same for all requests, so Micronaut resolves it once.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Replaces(HealthResultFilter.class)
@Requires(beans = HealthEndpoint.class)
final class HealthStatusFilter {

  private final HealthEndpoint endpoint;

  HealthStatusFilter(HealthEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @ResponseFilter
  void statusFromResult(MutableHttpResponse<?> response) {
    if (response.body() instanceof HealthResult result) {
      HealthStatus health = result.getStatus();
      HttpStatus mapped = endpoint.getStatusConfiguration().getHttpMapping().get(health.getName());
      if (mapped != null) {
        response.status(mapped);
      } else if (!health.getOperational().orElse(true)) {
        response.status(HttpStatus.SERVICE_UNAVAILABLE);
      }
    }
  }
}
