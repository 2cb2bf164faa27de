package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final SingleFlight<String, String> checks = new SingleFlight<>(threads);
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger runs = new AtomicInteger();

  @AfterEach
  void stopThreads() throws InterruptedException {
    release.countDown();
    threads.shutdown();
    threads.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void callers_asking_while_a_check_runs_share_it() throws Exception {
    List<CompletableFuture<String>> answers = new ArrayList<>();
    for (int caller = 0; caller < 8; caller++) {
      answers.add(checks.ask("token", heldUntilReleased("yes")));
    }
    release.countDown();

    for (CompletableFuture<String> answer : answers) {
      assertEquals("yes", answer.get(5, TimeUnit.SECONDS));
    }
    assertEquals(1, runs.get());
  }

  @Test
  void different_keys_are_checked_apart() throws Exception {
    CompletableFuture<String> first = checks.ask("one", heldUntilReleased("1"));
    CompletableFuture<String> second = checks.ask("two", heldUntilReleased("2"));
    release.countDown();

    assertEquals("1", first.get(5, TimeUnit.SECONDS));
    assertEquals("2", second.get(5, TimeUnit.SECONDS));
  }

  @Test
  void a_caller_after_a_check_ended_starts_a_new_one() throws Exception {
    release.countDown();
    checks.ask("token", heldUntilReleased("yes")).get(5, TimeUnit.SECONDS);

    checks.ask("token", heldUntilReleased("yes")).get(5, TimeUnit.SECONDS);

    assertEquals(2, runs.get());
  }

  @Test
  void a_failure_reaches_every_caller_that_shared_the_check() {
    CompletableFuture<String> first = checks.ask("token", failingWhenReleased());
    CompletableFuture<String> second = checks.ask("token", failingWhenReleased());
    release.countDown();

    assertSame(first, second);
    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> second.get(5, TimeUnit.SECONDS));
    assertTrue(failed.getCause() instanceof IllegalStateException, failed::toString);
  }

  @Test
  void an_executor_that_refuses_the_check_fails_it_without_blocking_the_key() throws Exception {
    SingleFlight<String, String> refused =
        new SingleFlight<>(
            task -> {
              throw new RejectedExecutionException("full");
            });

    CompletableFuture<String> answer = refused.ask("token", () -> "yes");

    assertTrue(answer.isCompletedExceptionally());
    assertTrue(refused.ask("token", () -> "yes").isCompletedExceptionally());
  }

  private Supplier<String> heldUntilReleased(String answer) {
    return () -> {
      runs.incrementAndGet();
      awaitRelease();
      return answer;
    };
  }

  private Supplier<String> failingWhenReleased() {
    return () -> {
      awaitRelease();
      throw new IllegalStateException("database down");
    };
  }

  private void awaitRelease() {
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
