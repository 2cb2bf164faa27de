package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.application.testing.FakePasswordHasher;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.PasswordHash;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a suite keep password checks inside the hasher until it opens the gate, and so hold the
 * service's password-check slots for exactly as long as it wants. The service gets its hasher as
 * usual, with the gate in front of the checks, and bounds it as it bounds the real one.
 */
@Singleton
@Requires(property = PasswordCheckGate.ENABLED, value = "true")
class PasswordCheckGate {

  static final String ENABLED = "lexicon.test.password-check-gate";

  private volatile CountDownLatch open = new CountDownLatch(0);
  private final Semaphore inside = new Semaphore(0);

  /** From now on, a password check stays inside the hasher until {@link #open()}. */
  void close() {
    inside.drainPermits();
    open = new CountDownLatch(1);
  }

  void open() {
    open.countDown();
  }

  void awaitChecksInside(int count) throws InterruptedException {
    assertTrue(inside.tryAcquire(count, 30, TimeUnit.SECONDS), "checks inside the hasher");
  }

  private void pass() {
    inside.release();
    try {
      open.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Hashes reversibly, as the use-case tests do; the Argon2id hasher runs in every other suite. */
  @Singleton
  @Replaces(PasswordHasher.class)
  @Requires(property = PasswordCheckGate.ENABLED, value = "true")
  static class GatedPasswordHasher implements PasswordHasher {

    private final FakePasswordHasher hashes = new FakePasswordHasher();
    private final PasswordCheckGate gate;

    GatedPasswordHasher(PasswordCheckGate gate) {
      this.gate = gate;
    }

    @Override
    public PasswordHash hash(Password password) {
      return hashes.hash(password);
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
      gate.pass();
      return hashes.matches(candidate, hash);
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
      return hashes.needsRehash(hash);
    }
  }
}
