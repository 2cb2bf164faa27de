package dev.lexicon.application.service.session;

import dev.lexicon.application.port.in.session.PurgeExpiredUseCase;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.domain.user.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the revocation state small: a session is forgotten only once its newest refresh token and
 * every access token issued with it have expired, so forgetting it cannot revive a token.
 */
public final class PurgeExpiredService implements PurgeExpiredUseCase {

  private final SessionRepository sessions;
  private final RefreshTokenRepository refreshTokens;
  private final LoginAttemptRepository attempts;
  private final LoginThrottle throttle;
  private final Duration accessTokenLifetime;
  private final Clock clock;

  public PurgeExpiredService(
      SessionRepository sessions,
      RefreshTokenRepository refreshTokens,
      LoginAttemptRepository attempts,
      LoginThrottle throttle,
      Duration accessTokenLifetime,
      Clock clock) {
    this.sessions = sessions;
    this.refreshTokens = refreshTokens;
    this.attempts = attempts;
    this.throttle = throttle;
    this.accessTokenLifetime = accessTokenLifetime;
    this.clock = clock;
  }

  @Override
  public void purge() {
    Instant now = clock.instant();
    refreshTokens.deleteExpiredBefore(now);
    sessions.deleteEndedBefore(now.minus(accessTokenLifetime));
    attempts.deleteBefore(throttle.windowStart(now));
  }
}
