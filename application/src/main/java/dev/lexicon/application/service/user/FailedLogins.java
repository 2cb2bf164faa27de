package dev.lexicon.application.service.user;

import dev.lexicon.application.error.LoginThrottled;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.application.port.out.ThrottleKey;
import dev.lexicon.domain.user.LoginThrottle;
import java.time.Instant;

/**
 * Applies the login throttle: every way of proving a password (logging in, or confirming the
 * current one) first claims a slot, and is refused unchecked when the key already has its fill of
 * attempts in the window. Claiming before checking, one claim of a key at a time, is what makes the
 * limit exact: of twenty guesses arriving together, five are checked.
 */
public final class FailedLogins {

  private final LoginAttemptRepository attempts;
  private final LoginThrottle throttle;

  public FailedLogins(LoginAttemptRepository attempts, LoginThrottle throttle) {
    this.attempts = attempts;
    this.throttle = throttle;
  }

  /** An attempt that holds a slot: it counts as a failure unless it is released. */
  public record Attempt(long id) {}

  /**
   * @throws LoginThrottled while the key's other attempts in the window fill it
   */
  public Attempt claim(ThrottleKey key, Instant now) {
    LoginAttemptRepository.Claim claim =
        attempts.claim(
            key, now, throttle.windowStart(now), seen -> throttle.lockedFor(seen, now).isEmpty());
    if (claim.id().isEmpty()) {
      throw new LoginThrottled(throttle.lockedFor(claim.seen(), now).orElseThrow());
    }
    return new Attempt(claim.id().getAsLong());
  }

  /** The attempt was no failure: the password was right, or it was never checked. */
  public void release(Attempt attempt) {
    attempts.release(attempt.id());
  }
}
