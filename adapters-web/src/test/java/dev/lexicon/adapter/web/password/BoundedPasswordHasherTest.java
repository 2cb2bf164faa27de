package dev.lexicon.adapter.web.password;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.error.PasswordChecksBusy;
import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.PasswordHash;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {

  private static final Password PASSWORD = Password.of("correct horse battery staple");
  private static final PasswordHash STORED = new PasswordHash("held$" + PASSWORD.reveal());
  private static final Duration NO_WAIT = Duration.ZERO;

  private final HeldHasher held = new HeldHasher();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void letEveryCheckOut() {
    held.release.countDown();
    threads.shutdownNow();
  }

  @Test
  void as_many_checks_as_there_are_slots_run_at_once() throws Exception {
    BoundedPasswordHasher hasher = bounded(2, NO_WAIT);

    inBackground(() -> hasher.matches(PASSWORD.reveal(), STORED));
    inBackground(() -> hasher.matches(PASSWORD.reveal(), STORED));

    assertTrue(held.inside.tryAcquire(2, 10, SECONDS), "two checks inside the hasher");
  }

  @Test
  void a_check_beyond_the_slots_is_refused_when_none_comes_free_within_the_wait() throws Exception {
    BoundedPasswordHasher hasher = bounded(1, Duration.ofMillis(50));
    holdOneSlot(hasher);

    assertThrows(PasswordChecksBusy.class, () -> hasher.matches(PASSWORD.reveal(), STORED));
  }

  @Test
  void a_refused_check_has_waited_the_whole_wait_first() throws Exception {
    Duration wait = Duration.ofMillis(200);
    BoundedPasswordHasher hasher = bounded(1, wait);
    holdOneSlot(hasher);

    long start = System.nanoTime();
    assertThrows(PasswordChecksBusy.class, () -> hasher.matches(PASSWORD.reveal(), STORED));

    assertTrue(System.nanoTime() - start >= wait.toNanos());
  }

  @Test
  void a_refused_check_never_reaches_the_hasher() throws Exception {
    BoundedPasswordHasher hasher = bounded(1, NO_WAIT);
    holdOneSlot(hasher);

    assertThrows(PasswordChecksBusy.class, () -> hasher.matches(PASSWORD.reveal(), STORED));

    assertEquals(1, held.entered.get());
  }

  @Test
  void a_slot_freed_within_the_wait_lets_the_waiting_check_through() throws Exception {
    BoundedPasswordHasher hasher = bounded(1, PasswordCheckLimits.LONGEST_WAIT);
    holdOneSlot(hasher);
    Future<Boolean> waiting = inBackground(() -> hasher.matches(PASSWORD.reveal(), STORED));
    awaitWaiting(1);

    held.release.countDown();

    assertTrue(waiting.get(10, SECONDS));
  }

  @Test
  void a_check_that_fails_frees_its_slot() {
    PasswordHasher broken =
        new PasswordHasher() {
          @Override
          public PasswordHash hash(Password password) {
            return STORED;
          }

          @Override
          public boolean matches(String candidate, PasswordHash hash) {
            throw new IllegalStateException("the hasher broke");
          }

          @Override
          public boolean needsRehash(PasswordHash hash) {
            return false;
          }
        };
    BoundedPasswordHasher hasher = new BoundedPasswordHasher(broken, limits(1, NO_WAIT), meters);
    assertThrows(IllegalStateException.class, () -> hasher.matches(PASSWORD.reveal(), STORED));

    assertEquals(STORED, hasher.hash(PASSWORD));
  }

  @Test
  void hashing_a_new_password_takes_a_slot_like_checking_one() throws Exception {
    BoundedPasswordHasher hasher = bounded(1, NO_WAIT);
    holdOneSlot(hasher);

    assertThrows(PasswordChecksBusy.class, () -> hasher.hash(PASSWORD));
  }

  @Test
  void asking_whether_a_hash_is_due_for_an_upgrade_takes_no_slot() throws Exception {
    BoundedPasswordHasher hasher = bounded(1, NO_WAIT);
    holdOneSlot(hasher);

    assertFalse(hasher.needsRehash(STORED));
  }

  @Test
  void the_refusal_tells_the_client_to_come_back_after_the_wait() throws Exception {
    Duration wait = Duration.ofMillis(50);
    BoundedPasswordHasher hasher = bounded(1, wait);
    holdOneSlot(hasher);

    PasswordChecksBusy busy =
        assertThrows(PasswordChecksBusy.class, () -> hasher.matches(PASSWORD.reveal(), STORED));

    assertEquals(wait, busy.retryAfter());
  }

  @Test
  void each_refusal_is_counted_for_operators() throws Exception {
    BoundedPasswordHasher hasher = bounded(1, NO_WAIT);
    holdOneSlot(hasher);

    assertThrows(PasswordChecksBusy.class, () -> hasher.matches(PASSWORD.reveal(), STORED));
    assertThrows(PasswordChecksBusy.class, () -> hasher.hash(PASSWORD));

    assertEquals(2.0, meters.get("lexicon.password.checks.rejected").counter().count());
  }

  private BoundedPasswordHasher bounded(int maxConcurrent, Duration maxWait) {
    return new BoundedPasswordHasher(held, limits(maxConcurrent, maxWait), meters);
  }

  private static PasswordCheckLimits limits(int maxConcurrent, Duration maxWait) {
    return new PasswordCheckLimits(maxConcurrent, maxWait);
  }

  /** Starts a check that stays inside the hasher, in its slot, until the test releases it. */
  private void holdOneSlot(BoundedPasswordHasher hasher) throws InterruptedException {
    inBackground(() -> hasher.matches(PASSWORD.reveal(), STORED));
    assertTrue(held.inside.tryAcquire(10, SECONDS), "a check inside the hasher");
  }

  private void awaitWaiting(int requests) throws InterruptedException {
    long deadline = System.nanoTime() + SECONDS.toNanos(10);
    while (meters.get("lexicon.password.checks.waiting").gauge().value() < requests) {
      assertTrue(System.nanoTime() < deadline, "a check waiting for a slot");
      Thread.sleep(5);
    }
  }

  private <T> Future<T> inBackground(Callable<T> work) {
    return threads.submit(work);
  }

  /** Hashes reversibly, and keeps each call inside until the test releases them all. */
  private static final class HeldHasher implements PasswordHasher {

    final CountDownLatch release = new CountDownLatch(1);
    final Semaphore inside = new Semaphore(0);
    final AtomicInteger entered = new AtomicInteger();

    @Override
    public PasswordHash hash(Password password) {
      enter();
      return new PasswordHash("held$" + password.reveal());
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
      enter();
      return hash.value().equals("held$" + candidate);
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
      return false;
    }

    private void enter() {
      entered.incrementAndGet();
      inside.release();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
