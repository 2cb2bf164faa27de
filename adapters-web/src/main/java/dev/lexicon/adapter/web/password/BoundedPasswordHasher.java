package dev.lexicon.adapter.web.password;

import dev.lexicon.application.error.PasswordChecksBusy;
import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.PasswordHash;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most {@link PasswordCheckLimits#maxConcurrent()} hashes and checks run at once; one more
 * waits up to {@link PasswordCheckLimits#maxWait()} for a slot, and is refused with {@link
 * PasswordChecksBusy} if none comes free. Without the bound, a login storm ran hundreds of Argon2id
 * runs side by side, each holding its memory, and took the machine's memory with it.
 *
 * <p>The slots are handed out first come, first served, so under a storm the requests that have
 * waited longest are checked first, and a request is either checked within the wait or refused,
 * never overtaken indefinitely by newer ones.
 *
 * <p>Counts refusals ({@code lexicon_password_checks_rejected_total}) and shows how many requests
 * are waiting for a slot ({@code lexicon_password_checks_waiting}).
 */
final class BoundedPasswordHasher implements PasswordHasher {

  private final PasswordHasher delegate;
  private final Semaphore slots;
  private final Duration maxWait;
  private final Counter rejected;

  BoundedPasswordHasher(PasswordHasher delegate, PasswordCheckLimits limits, MeterRegistry meters) {
    this.delegate = delegate;
    this.slots = new Semaphore(limits.maxConcurrent(), true);
    this.maxWait = limits.maxWait();
    this.rejected =
        Counter.builder("lexicon.password.checks.rejected")
            .description("Password hashes and checks refused because no slot came free in time")
            .register(meters);
    Gauge.builder("lexicon.password.checks.waiting", slots, Semaphore::getQueueLength)
        .description("Requests waiting for a slot to hash or check a password")
        .register(meters);
  }

  @Override
  public PasswordHash hash(Password password) {
    return inSlot(() -> delegate.hash(password));
  }

  @Override
  public boolean matches(String candidate, PasswordHash hash) {
    return inSlot(() -> delegate.matches(candidate, hash));
  }

  /** Reads the parameters written in the hash, which costs next to nothing: it takes no slot. */
  @Override
  public boolean needsRehash(PasswordHash hash) {
    return delegate.needsRehash(hash);
  }

  private <T> T inSlot(Supplier<T> work) {
    acquire();
    try {
      return work.get();
    } finally {
      slots.release();
    }
  }

  private void acquire() {
    boolean acquired;
    try {
      acquired = slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      // Interrupted while waiting, as on shutdown: the password was not checked, the same as
      // when the wait runs out, and the thread keeps its interrupt for whoever asked.
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      rejected.increment();
      throw new PasswordChecksBusy(maxWait);
    }
  }
}
