package dev.lexicon.adapter.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Access tokens this instance has already verified, so that a client that presents one token on
 * every request pays for its signature check once instead of on every request.
 *
 * <p>The key is the exact text of the token: a token altered in any byte is another key and is
 * verified afresh. An entry never outlives its token: it leaves at the token's {@code exp}, and a
 * lookup at or after that instant finds nothing. The entry holds only what the signature vouched
 * for; whether the token's session is still active is asked again on every request ({@link
 * ActiveSessions}), so remembering a token never delays a revocation.
 *
 * <p>Expiry is read from the system clock, as Micronaut's own expiration check does.
 */
@Singleton
final class VerifiedTokens {

  static final String SIZE_PROPERTY = "lexicon.tokens.verified-cache-size";

  /** What a verified token grants, and until when. */
  record Verified(Authentication authentication, TokenSession session, Instant expiresAt) {}

  private final Cache<String, Verified> verified;
  private final Clock clock;

  @Inject
  VerifiedTokens(@Value("${" + SIZE_PROPERTY + ":10000}") int capacity) {
    this(capacity, Clock.systemUTC());
  }

  VerifiedTokens(int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException(SIZE_PROPERTY + " must be at least 1");
    }
    this.clock = clock;
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(capacity)
            .expireAfter(Expiry.creating((String token, Verified v) -> lifeLeft(v)))
            // Upkeep on the reading thread, a few microseconds now and then: by default Caffeine
            // hands it to the common pool, which woke one of its threads for it under load.
            .executor(Runnable::run)
            .build();
  }

  Optional<Verified> find(String token) {
    Verified known = verified.getIfPresent(token);
    return known != null && clock.instant().isBefore(known.expiresAt())
        ? Optional.of(known)
        : Optional.empty();
  }

  void remember(String token, Verified verifiedToken) {
    if (clock.instant().isBefore(verifiedToken.expiresAt())) {
      verified.put(token, verifiedToken);
    }
  }

  private Duration lifeLeft(Verified v) {
    Duration left = Duration.between(clock.instant(), v.expiresAt());
    return left.isNegative() ? Duration.ZERO : left;
  }
}
