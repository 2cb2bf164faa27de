package dev.lexicon.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The brute-force rule: after {@code maxFailures} failed logins for one account within {@code
 * window}, the account refuses logins until the oldest of those failures leaves the window.
 */
public record LoginThrottle(int maxFailures, Duration window) {

  public static final LoginThrottle STANDARD = new LoginThrottle(5, Duration.ofMinutes(15));

  public LoginThrottle {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a login throttle needs a failure count and a window");
    }
  }

  /** Where the window of failures that count now starts. */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /**
   * How long the account stays closed, given its failures inside the window; empty when it is open.
   */
  public Optional<Duration> lockedFor(List<Instant> recentFailures, Instant now) {
    List<Instant> counted =
        recentFailures.stream().filter(failure -> failure.isAfter(windowStart(now))).toList();
    if (counted.size() < maxFailures) {
      return Optional.empty();
    }
    // The account reopens when enough failures have aged out that fewer than maxFailures remain.
    Instant reopening =
        counted.stream()
            .sorted(Comparator.reverseOrder())
            .skip(maxFailures - 1)
            .findFirst()
            .orElseThrow()
            .plus(window);
    return Optional.of(Duration.between(now, reopening));
  }
}
