package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.filters.SecurityFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class HostlessTokenAuthenticationFetcherTest {

  private final Authentication alice = Authentication.build("alice");
  private final List<TokenValidatedEvent> events = new ArrayList<>();
  private final HostlessTokenAuthenticationFetcher fetcher =
      new HostlessTokenAuthenticationFetcher(
          List.of((token, request) -> Mono.just(alice)),
          request -> Optional.of("the-token"),
          events::add);

  @Test
  void a_valid_token_authenticates_the_request_and_is_kept_on_it() {
    HttpRequest<?> request = HttpRequest.GET("/api/v1/dictionary/k");

    assertEquals(alice, Mono.from(fetcher.fetchAuthentication(request)).block());
    assertEquals(Optional.of("the-token"), request.getAttribute(SecurityFilter.TOKEN));
  }

  @Test
  void the_validated_token_is_announced_without_working_out_the_host() {
    Mono.from(fetcher.fetchAuthentication(HttpRequest.GET("/api/v1/dictionary/k"))).block();

    assertEquals(1, events.size());
    assertTrue(events.get(0).getHost().isEmpty());
  }

  @Test
  void the_validated_token_is_announced_in_the_servers_locale_not_the_requests() {
    HttpRequest<?> request =
        HttpRequest.GET("/api/v1/dictionary/k").header(HttpHeaders.ACCEPT_LANGUAGE, "tlh");
    Mono.from(fetcher.fetchAuthentication(request)).block();

    assertEquals(Locale.getDefault(), events.get(0).getLocale());
  }
}
