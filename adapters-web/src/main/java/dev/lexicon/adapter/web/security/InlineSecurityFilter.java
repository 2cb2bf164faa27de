package dev.lexicon.adapter.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Micronaut Security's filter, deciding on the request's own thread whenever the answers it needs
 * are already there.
 *
 * <p>It asks the same authentication fetchers, then the same rules, in the same order as {@link
 * SecurityFilter}, sets the same request attributes and refuses with the same {@link
 * AuthorizationException}. That filter wraps every request, and the route's response on its way
 * back, in a chain of Reactor operators, although with a remembered token and the annotation rules
 * every answer it waits for is given the moment it is asked: in a profile of GETs the chain took
 * more of the JVM's samples than the checks themselves. Here an answer given at once lets the
 * request go on at once, and one given later (a token seen for the first time, verified on the
 * blocking executor) resumes the request when it comes.
 *
 * <p>Micronaut's filter is switched off in the configuration ({@code
 * micronaut.security.filter.enabled}) rather than replaced: a bean replaces only beans of its own
 * kind, and this filter is not a {@code HttpServerFilter}. This one has no switch, so that setting
 * can never leave requests unchecked.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class InlineSecurityFilter implements Ordered {

  private final List<AuthenticationFetcher<HttpRequest<?>>> fetchers;
  private final List<SecurityRule<HttpRequest<?>>> rules;
  private final boolean rejectNotFound;

  InlineSecurityFilter(
      List<AuthenticationFetcher<HttpRequest<?>>> fetchers,
      List<SecurityRule<HttpRequest<?>>> rules,
      SecurityConfiguration configuration) {
    this.fetchers = List.copyOf(fetchers);
    this.rules = List.copyOf(rules);
    this.rejectNotFound = configuration.isRejectNotFound();
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.order();
  }

  /** The request to go on with once it is allowed; refused, an {@link AuthorizationException}. */
  @RequestFilter
  CompletionStage<HttpRequest<?>> authorize(HttpRequest<?> request) {
    request.setAttribute(SecurityFilter.KEY, true);
    return authenticate(request);
  }

  /** Asks the fetchers in turn until one knows the caller, then the rules. */
  private CompletionStage<HttpRequest<?>> authenticate(HttpRequest<?> request) {
    return InTurn.first(
            fetchers.size(),
            fetcher -> FirstSignal.of(fetchers.get(fetcher).fetchAuthentication(request)),
            authentication -> true)
        .thenCompose(authentication -> judge(request, authentication));
  }

  /** Asks the rules in turn until one allows or refuses the request. */
  private CompletionStage<HttpRequest<?>> judge(
      HttpRequest<?> request, @Nullable Authentication authentication) {
    request.setAttribute(SecurityFilter.AUTHENTICATION, authentication);
    return InTurn.first(
            rules.size(),
            rule -> FirstSignal.of(rules.get(rule).check(request, authentication)),
            InlineSecurityFilter::isDecisive)
        .thenCompose(
            result ->
                result == null
                    ? undecided(request, authentication)
                    : verdict(request, authentication, result));
  }

  /** As Micronaut's filter: with no rule deciding, only a path without a route may pass. */
  private CompletionStage<HttpRequest<?>> undecided(
      HttpRequest<?> request, @Nullable Authentication authentication) {
    boolean routed = RouteAttributes.getRouteMatch(request).isPresent();
    return routed || rejectNotFound ? refuse(request, authentication) : allow(request);
  }

  private static boolean isDecisive(SecurityRuleResult result) {
    return result == SecurityRuleResult.ALLOWED || result == SecurityRuleResult.REJECTED;
  }

  private static CompletionStage<HttpRequest<?>> verdict(
      HttpRequest<?> request, @Nullable Authentication authentication, SecurityRuleResult result) {
    return result == SecurityRuleResult.ALLOWED ? allow(request) : refuse(request, authentication);
  }

  private static CompletionStage<HttpRequest<?>> allow(HttpRequest<?> request) {
    return CompletableFuture.completedFuture(request);
  }

  private static CompletionStage<HttpRequest<?>> refuse(
      HttpRequest<?> request, @Nullable Authentication authentication) {
    request.setAttribute(
        SecurityFilter.REJECTION,
        authentication == null ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
    return CompletableFuture.failedFuture(new AuthorizationException(authentication));
  }
}
