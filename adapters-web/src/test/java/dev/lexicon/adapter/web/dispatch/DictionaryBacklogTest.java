package dev.lexicon.adapter.web.dispatch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DictionaryBacklogTest {

  private final CountDownLatch release = new CountDownLatch(1);
  private ExecutorService threads;

  @AfterEach
  void stopThreads() throws InterruptedException {
    release.countDown();
    threads.shutdown();
    threads.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void threads_with_no_request_waiting_are_not_behind() throws InterruptedException {
    DictionaryBacklog backlog = withItsOneThreadBusy(Duration.ZERO);

    Thread.sleep(5);

    assertFalse(backlog.isBehind());
  }

  @Test
  void a_request_waiting_less_than_the_bound_leaves_the_threads_on_time()
      throws InterruptedException {
    DictionaryBacklog backlog = withItsOneThreadBusy(Duration.ofHours(1));
    threads.execute(() -> {});

    Thread.sleep(5);

    assertFalse(backlog.isBehind());
  }

  @Test
  void a_request_waiting_longer_than_the_bound_puts_the_threads_behind()
      throws InterruptedException {
    DictionaryBacklog backlog = withItsOneThreadBusy(Duration.ofMillis(1));
    threads.execute(() -> {});

    Thread.sleep(5);

    assertTrue(backlog.isBehind());
  }

  @Test
  void the_threads_are_on_time_again_once_they_have_taken_the_waiting_requests()
      throws InterruptedException {
    DictionaryBacklog backlog = withItsOneThreadBusy(Duration.ofMillis(1));
    CountDownLatch served = new CountDownLatch(1);
    threads.execute(served::countDown);
    Thread.sleep(5);

    release.countDown();

    assertTrue(served.await(5, TimeUnit.SECONDS));
    assertFalse(backlog.isBehind());
  }

  /** A backlog whose one thread is held until the test ends (or releases it). */
  private DictionaryBacklog withItsOneThreadBusy(Duration maxWait) throws InterruptedException {
    DictionaryBacklog backlog = new DictionaryBacklog(maxWait);
    threads = backlog.threads(1, Thread::new);
    CountDownLatch started = new CountDownLatch(1);
    threads.execute(
        () -> {
          started.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    started.await();
    return backlog;
  }
}
