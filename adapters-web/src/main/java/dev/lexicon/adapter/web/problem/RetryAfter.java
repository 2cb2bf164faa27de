package dev.lexicon.adapter.web.problem;

import java.time.Duration;

/** The value of a {@code Retry-After} header, for every refusal that tells the client to wait. */
final class RetryAfter {

  private RetryAfter() {}

  /**
   * Whole seconds, as RFC 9110 counts them, rounded up, so that a client that waits as told does
   * not come back early; and never 0, which would invite a retry at once.
   */
  static long seconds(Duration wait) {
    long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
