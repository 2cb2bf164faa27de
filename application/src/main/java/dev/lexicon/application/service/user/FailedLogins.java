package dev.lexicon.application.service.user;

import dev.lexicon.application.error.LoginThrottled;
import dev.lexicon.application.error.PasswordChecksBusy;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.application.port.out.LoginAttemptRepository.Attempt;
import dev.lexicon.application.port.out.LoginAttemptRepository.Claim;
import dev.lexicon.application.port.out.ThrottleKey;
import dev.lexicon.domain.user.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Applies the login throttle: every way of proving a password (logging in, or confirming the
 * current one) first claims a slot, one claim of a key at a time, and is refused unchecked when the
 * key already has its fill of failures in the window. Attempts still being checked hold slots too:
 * of twenty guesses arriving together five are checked, and the others wait for their outcome. If
 * those five fail, the rest get 429; if they succeed, the waiting ones take their slots.
 */
public final class FailedLogins {

  /** A check that is pending this long was cut short (a crash) and counts as a failure. */
  static final Duration ABANDONED = Duration.ofMinutes(1);

  /**
   * The first look again comes soon, as a check takes some 50 ms; later ones back off, so that a
   * storm of attempts on one account does not turn into a storm of queries.
   */
  private static final Duration FIRST_POLL = Duration.ofMillis(25);

  private static final Duration LONGEST_POLL = Duration.ofMillis(400);

  private final LoginAttemptRepository attempts;
  private final LoginThrottle throttle;
  private final Duration maxWait;
  private final AttemptQueue queue;

  /**
   * @param maxWait how long an attempt waits for pending ones to be decided before it is answered
   *     503, like a password check that finds no free slot
   */
  public FailedLogins(LoginAttemptRepository attempts, LoginThrottle throttle, Duration maxWait) {
    this.attempts = attempts;
    this.throttle = throttle;
    this.maxWait = maxWait;
    this.queue = new AttemptQueue(throttle.maxFailures());
  }

  /** An attempt that holds a slot: it is pending until it is failed or released. */
  public record Slot(long id, ThrottleKey key) {}

  /**
   * @throws LoginThrottled while the key's failures in the window fill it
   * @throws PasswordChecksBusy when attempts still being checked keep the slots longer than the
   *     wait
   */
  public Slot claim(ThrottleKey key, Instant now) {
    long deadline = System.nanoTime() + maxWait.toNanos();
    if (!queue.enter(key, maxWait)) {
      throw new PasswordChecksBusy(maxWait);
    }
    try {
      return new Slot(claimInDatabase(key, now, deadline), key);
    } catch (RuntimeException refused) {
      queue.leave(key);
      throw refused;
    }
  }

  /** Polls only while attempts of other instances (or failures) fill the slots. */
  private long claimInDatabase(ThrottleKey key, Instant now, long deadline) {
    Duration poll = FIRST_POLL;
    while (true) {
      Claim claim =
          attempts.claim(
              key,
              now,
              throttle.windowStart(now),
              seen -> throttle.lockedFor(holding(seen), now).isEmpty());
      if (claim.id().isPresent()) {
        return claim.id().getAsLong();
      }
      var lockedFor = throttle.lockedFor(failures(claim.seen(), now), now);
      if (lockedFor.isPresent()) {
        throw new LoginThrottled(lockedFor.get());
      }
      if (System.nanoTime() - deadline > 0) {
        throw new PasswordChecksBusy(maxWait);
      }
      pause(poll);
      poll = poll.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : poll.multipliedBy(2);
    }
  }

  /** The answer was wrong: the attempt counts as a failed login for the rest of the window. */
  public void fail(Slot slot) {
    try {
      attempts.fail(slot.id());
    } finally {
      queue.leave(slot.key());
    }
  }

  /** The attempt was no failure: the password was right, or it was never checked. */
  public void release(Slot slot) {
    try {
      attempts.release(slot.id());
    } finally {
      queue.leave(slot.key());
    }
  }

  /** Failures and attempts still being checked: either may yet count against the key. */
  private static List<Instant> holding(List<Attempt> seen) {
    return seen.stream().map(Attempt::at).toList();
  }

  private static List<Instant> failures(List<Attempt> seen, Instant now) {
    return seen.stream()
        .filter(attempt -> attempt.failed() || attempt.at().isBefore(now.minus(ABANDONED)))
        .map(Attempt::at)
        .toList();
  }

  private static void pause(Duration poll) {
    try {
      Thread.sleep(poll.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a login slot", interrupted);
    }
  }
}
