package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.testing.MutableClock;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import io.micronaut.security.authentication.Authentication;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final Duration LIFETIME = Duration.ofMinutes(15);

  private final MutableClock clock = new MutableClock(NOW);
  private final VerifiedTokens tokens = new VerifiedTokens(100, clock);

  @Test
  void a_verified_token_is_found_by_its_exact_text() {
    VerifiedTokens.Verified verified = verified(NOW.plus(LIFETIME));
    tokens.remember("header.claims.signature", verified);

    assertEquals(Optional.of(verified), tokens.find("header.claims.signature"));
  }

  @Test
  void a_token_that_differs_in_one_byte_is_not_found() {
    tokens.remember("header.claims.signature", verified(NOW.plus(LIFETIME)));

    assertTrue(tokens.find("header.claims.signaturf").isEmpty());
  }

  @Test
  void a_token_is_found_until_just_before_it_expires() {
    tokens.remember("token", verified(NOW.plus(LIFETIME)));

    clock.advance(LIFETIME.minusMillis(1));

    assertTrue(tokens.find("token").isPresent());
  }

  @Test
  void a_token_is_not_found_once_it_has_expired() {
    tokens.remember("token", verified(NOW.plus(LIFETIME)));

    clock.advance(LIFETIME);

    assertTrue(tokens.find("token").isEmpty());
  }

  @Test
  void an_already_expired_token_is_not_remembered() {
    tokens.remember("token", verified(NOW));

    assertTrue(tokens.find("token").isEmpty());
  }

  private static VerifiedTokens.Verified verified(Instant expiresAt) {
    UserId user = new UserId(UUID.randomUUID());
    return new VerifiedTokens.Verified(
        Authentication.build(user.toString()),
        new TokenSession(new SessionId(UUID.randomUUID()), user),
        expiresAt);
  }
}
