package dev.lexicon.adapter.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Micronaut Security's token authentication, asked without Reactor and without working out the
 * caller's host.
 *
 * <p>The first token, in the token readers' order, that a validator accepts (each asked in turn)
 * authenticates the request: as with Micronaut's fetcher, it is kept on the request ({@link
 * SecurityFilter#TOKEN}) and announced in a {@link TokenValidatedEvent}. Micronaut's fetcher builds
 * a Reactor pipeline over the tokens and the validators for every request, and its cancellation
 * once a token is found walks Reactor's context; here a validator that answers at once (a
 * remembered token) is read at once, and one that answers later is waited for without blocking.
 *
 * <p>The event carries no host and the server's default locale rather than the request's. Working
 * the host out (the Forwarded, X-Forwarded-* and Host headers, each converted anew) took 3% of a
 * GET's CPU and the locale 1% of a PUT's (JFR, bench/compare), and nothing in Lexicon listens to
 * the event.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
final class InlineTokenAuthenticationFetcher extends TokenAuthenticationFetcher {

  private final List<TokenValidator<HttpRequest<?>>> validators;
  private final TokenResolver<HttpRequest<?>> resolver;

  InlineTokenAuthenticationFetcher(
      List<TokenValidator<HttpRequest<?>>> tokenValidators,
      TokenResolver<HttpRequest<?>> tokenResolver,
      ApplicationEventPublisher<TokenValidatedEvent> tokenValidatedEventPublisher) {
    super(tokenValidators, tokenResolver, tokenValidatedEventPublisher);
    this.validators = List.copyOf(tokenValidators);
    this.resolver = tokenResolver;
  }

  @Override
  public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
    List<String> tokens = resolver.resolveTokens(request);
    CompletableFuture<Authentication> found =
        InTurn.first(
            tokens.size() * validators.size(),
            attempt -> validate(request, tokens, attempt),
            authentication -> true);
    if (found.isDone() && !found.isCompletedExceptionally()) {
      Authentication authentication = found.join();
      return authentication == null ? Publishers.empty() : Publishers.just(authentication);
    }
    return Mono.fromFuture(found);
  }

  /** Each token is asked of each validator in turn; an accepted one is kept and announced. */
  private CompletableFuture<Authentication> validate(
      HttpRequest<?> request, List<String> tokens, int attempt) {
    String token = tokens.get(attempt / validators.size());
    TokenValidator<HttpRequest<?>> validator = validators.get(attempt % validators.size());
    return FirstSignal.of(validator.validateToken(token, request))
        .thenApply(
            authentication ->
                authentication == null ? null : accepted(request, token, authentication));
  }

  private Authentication accepted(
      HttpRequest<?> request, String token, Authentication authentication) {
    request.setAttribute(SecurityFilter.TOKEN, token);
    tokenValidatedEventPublisher.publishEvent(
        new TokenValidatedEvent(
            token,
            httpHostResolver.resolve(request),
            httpLocaleResolver.resolveOrDefault(request)));
    return authentication;
  }
}
