package dev.lexicon.adapter.web.dispatch;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteAttributes;

/**
 * Refuses a request routed to the dictionary's threads while they are behind ({@link
 * DictionaryBacklog}), as the last filter, so that every other filter has decided first: an
 * anonymous caller still gets its 401. The refusal, {@link RequestsBacklogged}, goes to its
 * exception handler like any other.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BackloggedRequestFilter implements Ordered {

  private final DictionaryBacklog backlog;

  BackloggedRequestFilter(DictionaryBacklog backlog) {
    this.backlog = backlog;
  }

  @RequestFilter
  void refuseWhileBehind(HttpRequest<?> request) {
    if (backlog.isBehind() && runsOnTheDictionarysThreads(request)) {
      throw new RequestsBacklogged();
    }
  }

  private static boolean runsOnTheDictionarysThreads(HttpRequest<?> request) {
    return RouteAttributes.getRouteMatch(request)
        .flatMap(match -> match.getRouteInfo().getAnnotationMetadata().stringValue(ExecuteOn.class))
        .filter(DictionaryExecutorFactory.NAME::equals)
        .isPresent();
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.LAST.order();
  }
}
