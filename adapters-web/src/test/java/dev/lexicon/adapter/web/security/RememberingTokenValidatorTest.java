package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dev.lexicon.application.port.in.session.VerifySessionUseCase;
import dev.lexicon.domain.session.SessionId;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class RememberingTokenValidatorTest {

  private static final String TOKEN = "header.claims.signature";

  private final ExecutorService blocking = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger signatureChecks = new AtomicInteger();
  private final AtomicInteger databaseLookups = new AtomicInteger();
  private final String session = UUID.randomUUID().toString();
  private final String user = UUID.randomUUID().toString();

  /** A signature check that answers once the release opens. */
  private final JsonWebTokenValidator<JWT, HttpRequest<?>> heldVerifier =
      (token, request) -> {
        signatureChecks.incrementAndGet();
        awaitRelease();
        return Optional.of(jwt());
      };

  /** The database's session check, which answers once the release opens. */
  private final VerifySessionUseCase heldDatabase =
      (SessionId asked) -> {
        databaseLookups.incrementAndGet();
        awaitRelease();
        return true;
      };

  @AfterEach
  void stopThreads() throws InterruptedException {
    release.countDown();
    blocking.shutdown();
    blocking.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void requests_presenting_a_new_token_at_once_verify_it_once() throws Exception {
    RememberingTokenValidator validator = validator(heldVerifier, Duration.ofSeconds(2));

    List<CompletableFuture<Authentication>> answers = validateConcurrently(validator, 8);
    release.countDown();

    for (CompletableFuture<Authentication> answer : answers) {
      assertEquals(user, answer.get(5, TimeUnit.SECONDS).getName());
    }
    assertEquals(1, signatureChecks.get());
  }

  @Test
  void requests_of_a_session_not_remembered_as_active_ask_the_database_once() throws Exception {
    // A lifetime of zero: no yes is remembered, so every request with the known token must ask.
    RememberingTokenValidator validator =
        validator((token, request) -> Optional.of(jwt()), Duration.ZERO);
    Mono.from(validator.validateToken(TOKEN, null)).block(Duration.ofSeconds(5));

    List<CompletableFuture<Authentication>> answers = validateConcurrently(validator, 8);
    release.countDown();

    for (CompletableFuture<Authentication> answer : answers) {
      assertEquals(user, answer.get(5, TimeUnit.SECONDS).getName());
    }
    assertEquals(1, databaseLookups.get());
  }

  private RememberingTokenValidator validator(
      JsonWebTokenValidator<JWT, HttpRequest<?>> verifier, Duration sessionLifetime) {
    JwtAuthenticationFactory authentications =
        jwt -> {
          try {
            return Optional.of(Authentication.build(user, jwt.getJWTClaimsSet().getClaims()));
          } catch (ParseException e) {
            return Optional.empty();
          }
        };
    return new RememberingTokenValidator(
        verifier,
        authentications,
        new VerifiedTokens(10),
        new ActiveSessions(heldDatabase, sessionLifetime, 10),
        true,
        blocking);
  }

  private static List<CompletableFuture<Authentication>> validateConcurrently(
      RememberingTokenValidator validator, int requests) {
    List<CompletableFuture<Authentication>> answers = new ArrayList<>();
    for (int request = 0; request < requests; request++) {
      answers.add(Mono.from(validator.validateToken(TOKEN, null)).toFuture());
    }
    return answers;
  }

  private JWT jwt() {
    return new PlainJWT(
        new JWTClaimsSet.Builder()
            .subject(user)
            .claim(JwtTokenIssuer.SESSION_CLAIM, session)
            .expirationTime(Date.from(Instant.now().plusSeconds(300)))
            .build());
  }

  private void awaitRelease() {
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
