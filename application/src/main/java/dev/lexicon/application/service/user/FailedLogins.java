package dev.lexicon.application.service.user;

import dev.lexicon.application.error.LoginThrottled;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.domain.user.LoginThrottle;
import dev.lexicon.domain.user.UserId;
import java.time.Instant;

/**
 * Applies the login throttle to an account: every way of proving a password (logging in, or
 * confirming the current one) is refused while the account is closed and counts when it fails.
 */
public final class FailedLogins {

  private final LoginAttemptRepository attempts;
  private final LoginThrottle throttle;

  public FailedLogins(LoginAttemptRepository attempts, LoginThrottle throttle) {
    this.attempts = attempts;
    this.throttle = throttle;
  }

  /**
   * @throws LoginThrottled while the account's recent failures keep it closed
   */
  public void requireOpen(UserId user, Instant now) {
    throttle
        .lockedFor(attempts.failuresSince(user, throttle.windowStart(now)), now)
        .ifPresent(
            retryAfter -> {
              throw new LoginThrottled(retryAfter);
            });
  }

  public void record(UserId user, Instant now) {
    attempts.recordFailure(user, now);
  }

  public void forget(UserId user) {
    attempts.clearFailures(user);
  }
}
