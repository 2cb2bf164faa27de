package dev.lexicon.adapter.web.dictionary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers for the entry paths that Micronaut's router gives no entry route. It matches a path with
 * one trailing {@code /} dropped, so {@code /api/v1/dictionary/} reaches the listing or the
 * creation, and {@code /api/v1/dictionary//} no route at all (404). Both name an entry, whose key
 * ({@code ""} or {@code /}) is invalid: the methods of an entry get the 400 that an entry route
 * gives any invalid key, the others the 405 they get on any entry.
 *
 * <p>It runs after the security filter, so an anonymous caller still gets 401 first.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class UnroutedEntryPaths implements Ordered {

  /** Those of the entry routes, HEAD going with GET. */
  private static final Set<HttpMethod> ENTRY_METHODS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT, HttpMethod.DELETE);

  @RequestFilter
  @Nullable
  HttpResponse<?> answerForEntryPathsWithoutEntryRoute(HttpRequest<?> request) {
    String rawPath = request.getUri().getRawPath();
    if (!EntryPaths.addressesAnEntry(rawPath) || reachesAnEntryRoute(request)) {
      return null;
    }
    if (!ENTRY_METHODS.contains(request.getMethod())) {
      throw new NotAllowedException(
          request.getMethodName(),
          request.getUri(),
          ENTRY_METHODS.stream().map(HttpMethod::name).collect(Collectors.toSet()));
    }
    // Throws for the invalid key, which the problem handlers report under "key".
    EntryPaths.keyOf(rawPath);
    return null;
  }

  private static boolean reachesAnEntryRoute(HttpRequest<?> request) {
    return RouteAttributes.getRouteMatch(request)
        .filter(UriRouteMatch.class::isInstance)
        .map(match -> ((UriRouteMatch<?, ?>) match).getVariableValues().containsKey("key"))
        .orElse(false);
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }
}
