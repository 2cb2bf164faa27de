package dev.lexicon.adapter.web.security;

import com.nimbusds.jwt.JWT;
import dev.lexicon.domain.session.SessionId;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Micronaut's access-token validation, with a memory of the tokens it has verified.
 *
 * <p>A token seen for the first time gets Micronaut's full check (signature, issuer, expiry, and
 * {@link ActiveSessionClaimsValidator}'s session check) on the blocking executor: the signature is
 * costly and the session check may query the database. A token verified before is answered from
 * {@link VerifiedTokens}; its session is still checked on every request, on the event loop when
 * {@link ActiveSessions} remembers it as active, and on the blocking executor when it has to ask
 * the database. So most requests reach their controller without a thread hop of their own and
 * without a signature check, and a revocation is seen exactly as soon as before.
 *
 * <p>Requests that need the same check at the same moment share it ({@link SingleFlight}): one
 * verification per new token, one database lookup per session whose remembered yes has lapsed. The
 * first of them lends the check its request; no claims validator reads it.
 *
 * <p>It replaces Micronaut's reactive validator rather than running beside it, so that a refused
 * token is checked once, not twice.
 */
@Singleton
@Replaces(ReactiveJsonWebTokenValidator.class)
final class RememberingTokenValidator
    implements ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> {

  private final JsonWebTokenValidator<JWT, HttpRequest<?>> verifier;
  private final JwtAuthenticationFactory authentications;
  private final VerifiedTokens verified;
  private final ActiveSessions sessions;
  private final boolean revocationCheck;
  private final Scheduler blocking;
  private final SingleFlight<String, Authentication> verifications;
  private final SingleFlight<SessionId, Authentication> sessionChecks;

  RememberingTokenValidator(
      JsonWebTokenValidator<JWT, HttpRequest<?>> verifier,
      JwtAuthenticationFactory authentications,
      VerifiedTokens verified,
      ActiveSessions sessions,
      @Value("${" + RevocationCheck.ENABLED + ":true}") boolean revocationCheck,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.verifier = verifier;
    this.authentications = authentications;
    this.verified = verified;
    this.sessions = sessions;
    this.revocationCheck = revocationCheck;
    this.blocking = Schedulers.fromExecutorService(blocking);
    this.verifications = new SingleFlight<>(blocking);
    this.sessionChecks = new SingleFlight<>(blocking);
  }

  @Override
  public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
    Optional<VerifiedTokens.Verified> known = verified.find(token);
    if (known.isEmpty()) {
      return shared(verifications.ask(token, () -> verify(token, request)));
    }
    VerifiedTokens.Verified remembered = known.get();
    SessionId session = remembered.session().session();
    if (!revocationCheck || sessions.isKnownActive(session)) {
      return Mono.just(remembered.authentication());
    }
    return shared(sessionChecks.ask(session, () -> stillActive(remembered)));
  }

  /**
   * A check other requests may be waiting on too: a request that goes away cancels only its own
   * wait, never the check.
   */
  private static Mono<Authentication> shared(CompletableFuture<Authentication> check) {
    return Mono.fromFuture(check, true);
  }

  @Override
  public Publisher<JWT> validate(String token, @Nullable HttpRequest<?> request) {
    return Mono.fromCallable(() -> verifier.validate(token, request).orElse(null))
        .subscribeOn(blocking);
  }

  /** The full check; {@code null} (an empty publisher) when the token is refused. */
  private @Nullable Authentication verify(String token, @Nullable HttpRequest<?> request) {
    Optional<JWT> jwt = verifier.validate(token, request);
    Optional<Authentication> authentication = jwt.flatMap(authentications::createAuthentication);
    if (authentication.isPresent()) {
      Optional<TokenSession> session = TokenSession.from(authentication.get().getAttributes()::get);
      Optional<Date> expiry = jwt.flatMap(RememberingTokenValidator::expiry);
      if (session.isPresent() && expiry.isPresent()) {
        verified.remember(
            token,
            new VerifiedTokens.Verified(
                authentication.get(), session.get(), expiry.get().toInstant()));
      }
    }
    return authentication.orElse(null);
  }

  private @Nullable Authentication stillActive(VerifiedTokens.Verified token) {
    TokenSession session = token.session();
    return sessions.isActive(session.session(), session.user()) ? token.authentication() : null;
  }

  private static Optional<Date> expiry(JWT jwt) {
    try {
      return Optional.ofNullable(jwt.getJWTClaimsSet().getExpirationTime());
    } catch (ParseException unreadable) {
      return Optional.empty();
    }
  }
}
