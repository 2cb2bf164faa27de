package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.config.SecurityConfigurationProperties;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class InlineSecurityFilterTest {

  private final Authentication alice = Authentication.build("alice");
  private final HttpRequest<?> request = HttpRequest.GET("/api/v1/dictionary/k");

  @Test
  void a_known_caller_that_a_rule_allows_goes_on_at_once() {
    CompletableFuture<HttpRequest<?>> decided =
        authorize(filter(List.of(knows(alice)), List.of(answers(SecurityRuleResult.ALLOWED))));

    assertTrue(decided.isDone());
    assertFalse(decided.isCompletedExceptionally());
  }

  @Test
  void the_caller_found_is_kept_on_the_request() {
    authorize(filter(List.of(knows(alice)), List.of(answers(SecurityRuleResult.ALLOWED))));

    assertEquals(Optional.of(alice), request.getAttribute(SecurityFilter.AUTHENTICATION));
  }

  @Test
  void the_request_is_marked_as_seen_by_the_security_filter() {
    authorize(filter(List.of(knows(alice)), List.of(answers(SecurityRuleResult.ALLOWED))));

    assertEquals(Optional.of(true), request.getAttribute(SecurityFilter.KEY, Boolean.class));
  }

  @Test
  void an_anonymous_caller_that_a_rule_refuses_is_unauthorized() {
    AuthorizationException refused =
        refusal(
            authorize(
                filter(List.of(knowsNobody()), List.of(answers(SecurityRuleResult.REJECTED)))));

    assertFalse(refused.isForbidden());
    assertEquals(
        Optional.of(HttpStatus.UNAUTHORIZED),
        request.getAttribute(SecurityFilter.REJECTION, HttpStatus.class));
  }

  @Test
  void a_known_caller_that_a_rule_refuses_is_forbidden() {
    AuthorizationException refused =
        refusal(
            authorize(
                filter(List.of(knows(alice)), List.of(answers(SecurityRuleResult.REJECTED)))));

    assertTrue(refused.isForbidden());
    assertEquals(
        Optional.of(HttpStatus.FORBIDDEN),
        request.getAttribute(SecurityFilter.REJECTION, HttpStatus.class));
  }

  @Test
  void the_first_rule_that_decides_settles_it_and_later_rules_are_not_asked() {
    AtomicInteger asked = new AtomicInteger();
    SecurityRule<HttpRequest<?>> later =
        (request, authentication) -> {
          asked.incrementAndGet();
          return Mono.just(SecurityRuleResult.REJECTED);
        };

    CompletableFuture<HttpRequest<?>> decided =
        authorize(
            filter(
                List.of(knows(alice)),
                List.of(
                    answers(SecurityRuleResult.UNKNOWN),
                    answers(SecurityRuleResult.ALLOWED),
                    later)));

    assertFalse(decided.isCompletedExceptionally());
    assertEquals(0, asked.get());
  }

  @Test
  void a_rule_that_answers_nothing_leaves_the_decision_to_the_next() {
    CompletableFuture<HttpRequest<?>> decided =
        authorize(
            filter(
                List.of(knows(alice)),
                List.of(
                    (request, authentication) -> Mono.empty(),
                    answers(SecurityRuleResult.REJECTED))));

    assertTrue(refusal(decided).isForbidden());
  }

  @Test
  void the_first_fetcher_that_knows_the_caller_wins_and_later_ones_are_not_asked() {
    AtomicInteger asked = new AtomicInteger();
    AuthenticationFetcher<HttpRequest<?>> later =
        request -> {
          asked.incrementAndGet();
          return Mono.just(Authentication.build("mallory"));
        };

    authorize(
        filter(
            List.of(knowsNobody(), knows(alice), later),
            List.of(answers(SecurityRuleResult.ALLOWED))));

    assertEquals(Optional.of(alice), request.getAttribute(SecurityFilter.AUTHENTICATION));
    assertEquals(0, asked.get());
  }

  @Test
  void with_no_rule_deciding_a_path_without_a_route_goes_on() {
    CompletableFuture<HttpRequest<?>> decided =
        authorize(filter(List.of(knowsNobody()), List.of(answers(SecurityRuleResult.UNKNOWN))));

    assertFalse(decided.isCompletedExceptionally());
  }

  @Test
  void with_no_rule_deciding_a_path_without_a_route_is_refused_when_not_found_is_rejected() {
    CompletableFuture<HttpRequest<?>> decided =
        authorize(
            filter(List.of(knowsNobody()), List.of(answers(SecurityRuleResult.UNKNOWN)), true));

    assertFalse(refusal(decided).isForbidden());
  }

  @Test
  void with_no_rule_deciding_a_routed_request_is_refused() {
    RouteAttributes.setRouteMatch(request, aRouteMatch());

    CompletableFuture<HttpRequest<?>> decided =
        authorize(filter(List.of(knows(alice)), List.of(answers(SecurityRuleResult.UNKNOWN))));

    assertTrue(refusal(decided).isForbidden());
  }

  @Test
  void a_caller_known_only_later_resumes_the_request_when_the_answer_comes() {
    Sinks.One<Authentication> later = Sinks.one();
    AtomicInteger asked = new AtomicInteger();
    SecurityRule<HttpRequest<?>> allowing =
        (request, authentication) -> {
          asked.incrementAndGet();
          return Mono.just(SecurityRuleResult.ALLOWED);
        };

    CompletableFuture<HttpRequest<?>> decided =
        authorize(filter(List.of(request -> later.asMono()), List.of(allowing)));
    assertFalse(decided.isDone());
    assertEquals(0, asked.get());

    later.tryEmitValue(alice);
    assertTrue(decided.isDone());
    assertFalse(decided.isCompletedExceptionally());
    assertEquals(Optional.of(alice), request.getAttribute(SecurityFilter.AUTHENTICATION));
  }

  @Test
  void a_rule_that_answers_later_refuses_when_its_answer_comes() {
    Sinks.One<SecurityRuleResult> later = Sinks.one();
    SecurityRule<HttpRequest<?>> slow = (request, authentication) -> later.asMono();

    CompletableFuture<HttpRequest<?>> decided =
        authorize(filter(List.of(knowsNobody()), List.of(slow)));
    assertFalse(decided.isDone());

    later.tryEmitValue(SecurityRuleResult.REJECTED);
    assertFalse(refusal(decided).isForbidden());
  }

  @Test
  void a_fetcher_that_fails_fails_the_request_with_its_error() {
    IllegalStateException failure = new IllegalStateException("store unreachable");

    CompletableFuture<HttpRequest<?>> decided =
        authorize(
            filter(
                List.of(request -> Mono.error(failure)),
                List.of(answers(SecurityRuleResult.ALLOWED))));

    ExecutionException thrown = assertThrows(ExecutionException.class, decided::get);
    assertSame(failure, thrown.getCause());
  }

  private CompletableFuture<HttpRequest<?>> authorize(InlineSecurityFilter filter) {
    CompletionStage<HttpRequest<?>> decided = filter.authorize(request);
    return decided.toCompletableFuture();
  }

  private static InlineSecurityFilter filter(
      List<AuthenticationFetcher<HttpRequest<?>>> fetchers,
      List<SecurityRule<HttpRequest<?>>> rules) {
    return filter(fetchers, rules, false);
  }

  private static InlineSecurityFilter filter(
      List<AuthenticationFetcher<HttpRequest<?>>> fetchers,
      List<SecurityRule<HttpRequest<?>>> rules,
      boolean rejectNotFound) {
    SecurityConfigurationProperties configuration = new SecurityConfigurationProperties();
    configuration.setRejectNotFound(rejectNotFound);
    return new InlineSecurityFilter(fetchers, rules, configuration);
  }

  private static AuthenticationFetcher<HttpRequest<?>> knows(Authentication caller) {
    return request -> Mono.just(caller);
  }

  private static AuthenticationFetcher<HttpRequest<?>> knowsNobody() {
    return request -> Mono.empty();
  }

  private static SecurityRule<HttpRequest<?>> answers(SecurityRuleResult result) {
    return (request, authentication) -> Mono.just(result);
  }

  private static AuthorizationException refusal(CompletableFuture<HttpRequest<?>> decided) {
    ExecutionException thrown = assertThrows(ExecutionException.class, decided::get);
    return assertInstanceOf(AuthorizationException.class, thrown.getCause());
  }

  /** Any route: the filter only asks whether the request has one. */
  private static RouteMatch<?> aRouteMatch() {
    return (RouteMatch<?>)
        Proxy.newProxyInstance(
            RouteMatch.class.getClassLoader(),
            new Class<?>[] {RouteMatch.class},
            (proxy, method, arguments) -> null);
  }
}
