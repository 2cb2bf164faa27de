package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class InlineTokenAuthenticationFetcherTest {

  private final Authentication alice = Authentication.build("alice");
  private final List<TokenValidatedEvent> events = new ArrayList<>();
  private final HttpRequest<?> request = HttpRequest.GET("/api/v1/dictionary/k");

  @Test
  void a_valid_token_authenticates_the_request_and_is_kept_on_it() {
    CompletableFuture<Authentication> found =
        FirstSignal.of(fetcher(accepting("the-token"), "the-token").fetchAuthentication(request));

    assertEquals(alice, found.getNow(null));
    assertEquals(Optional.of("the-token"), request.getAttribute(SecurityFilter.TOKEN));
  }

  @Test
  void a_token_accepted_at_once_authenticates_the_request_at_once() {
    CompletableFuture<Authentication> found =
        FirstSignal.of(fetcher(accepting("the-token"), "the-token").fetchAuthentication(request));

    assertTrue(found.isDone());
  }

  @Test
  void a_request_without_a_token_is_anonymous_and_announces_nothing() {
    CompletableFuture<Authentication> found =
        FirstSignal.of(fetcher(accepting("the-token")).fetchAuthentication(request));

    assertNull(found.getNow(alice));
    assertEquals(List.of(), events);
  }

  @Test
  void a_refused_token_leaves_the_request_anonymous() {
    CompletableFuture<Authentication> found =
        FirstSignal.of(fetcher(accepting("the-token"), "forged").fetchAuthentication(request));

    assertNull(found.getNow(alice));
    assertTrue(request.getAttribute(SecurityFilter.TOKEN).isEmpty());
  }

  @Test
  void of_several_tokens_the_first_accepted_in_the_readers_order_authenticates() {
    FirstSignal.of(
        fetcher(accepting("cookie-token"), "forged", "cookie-token").fetchAuthentication(request));

    assertEquals(Optional.of("cookie-token"), request.getAttribute(SecurityFilter.TOKEN));
  }

  @Test
  void a_validator_that_answers_later_authenticates_the_request_when_it_answers() {
    Sinks.One<Authentication> later = Sinks.one();
    TokenValidator<HttpRequest<?>> slow = (token, request) -> later.asMono();

    CompletableFuture<Authentication> found =
        FirstSignal.of(fetcher(slow, "the-token").fetchAuthentication(request));
    assertFalse(found.isDone());

    later.tryEmitValue(alice);
    assertEquals(alice, found.getNow(null));
    assertEquals(Optional.of("the-token"), request.getAttribute(SecurityFilter.TOKEN));
  }

  @Test
  void the_validated_token_is_announced_without_working_out_the_host() {
    FirstSignal.of(fetcher(accepting("the-token"), "the-token").fetchAuthentication(request));

    assertEquals(1, events.size());
    assertTrue(events.get(0).getHost().isEmpty());
  }

  @Test
  void the_validated_token_is_announced_in_the_servers_locale_not_the_requests() {
    HttpRequest<?> klingon =
        HttpRequest.GET("/api/v1/dictionary/k").header(HttpHeaders.ACCEPT_LANGUAGE, "tlh");
    FirstSignal.of(fetcher(accepting("the-token"), "the-token").fetchAuthentication(klingon));

    assertEquals(Locale.getDefault(), events.get(0).getLocale());
  }

  private TokenValidator<HttpRequest<?>> accepting(String valid) {
    return (token, request) -> token.equals(valid) ? Mono.just(alice) : Mono.empty();
  }

  private InlineTokenAuthenticationFetcher fetcher(
      TokenValidator<HttpRequest<?>> validator, String... tokens) {
    TokenResolver<HttpRequest<?>> resolver =
        new TokenResolver<>() {
          @Override
          public List<String> resolveTokens(HttpRequest<?> request) {
            return List.of(tokens);
          }

          @Override
          @Deprecated
          public Optional<String> resolveToken(HttpRequest<?> request) {
            return resolveTokens(request).stream().findFirst();
          }
        };
    return new InlineTokenAuthenticationFetcher(List.of(validator), resolver, events::add);
  }
}
