package dev.lexicon.adapter.web.password;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How many password hashes and checks may run at once, and how long a request may wait for one of
 * those slots before it is refused (503 with Retry-After). Each Argon2id run holds its memory cost
 * (19 MiB by default) until it ends, so the slots, not the number of requests, bound the memory
 * that password checks take. That memory is libargon2's, outside the Java heap, so the heap's size
 * does not limit the slots; the process's resident memory grows by up to {@code max-concurrent ×
 * memory-kib} while they are all busy.
 *
 * <p>The defaults: one slot per available processor, because a one-lane Argon2id run keeps one core
 * busy, so more runs than cores only share the cores, each finishing later, while each still holds
 * its memory. And a wait of 2 s: a check takes some 40 ms on one core, so in 2 s each slot gets
 * through some 50 waiting requests, and a login storm that asks for more than that is told to come
 * back instead of queueing without end. A request is then answered within about 2 s either way, the
 * "few seconds" of API.md, and well before common client timeouts.
 *
 * <p>Created with the context, so that a nonsensical setting stops the service at start-up.
 */
@Context
@ConfigurationProperties("lexicon.password-hash")
record PasswordCheckLimits(
    @Nullable Integer maxConcurrent, @Bindable(defaultValue = "2s") Duration maxWait) {

  /**
   * A waiting request holds its connection and a thread; beyond a few seconds its client has likely
   * given up. Ten seconds also leaves the requests waiting at a SIGTERM time to be answered within
   * the default grace period (20 s).
   */
  static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

  PasswordCheckLimits {
    if (maxConcurrent == null) {
      maxConcurrent = Runtime.getRuntime().availableProcessors();
    }
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException(
          "lexicon.password-hash.max-concurrent must be at least 1, not " + maxConcurrent);
    }
    if (maxWait.isNegative() || maxWait.compareTo(LONGEST_WAIT) > 0) {
      throw new IllegalArgumentException(
          "lexicon.password-hash.max-wait must be between 0s and "
              + LONGEST_WAIT.toSeconds()
              + "s, not "
              + maxWait);
    }
  }
}
