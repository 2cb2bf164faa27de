package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.lexicon.adapter.web.dispatch.DictionaryExecutorFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The dictionary's requests run on one thread per database connection (decision 23). While the
 * requests ahead have waited longer than a request may wait for a connection, a new one is refused
 * at once with a 503 instead of queueing behind them. The suite holds the threads itself, as a
 * request stuck on an unreachable database would.
 */
@MicronautTest(transactional = false)
class BackloggedDictionaryOnH2Test extends ApiTest {

  private static final long CONNECTION_TIMEOUT_MILLIS = 300;

  /** Flyway needs two at start-up. */
  private static final int CONNECTIONS = 2;

  @Inject
  @Named(DictionaryExecutorFactory.NAME)
  ExecutorService dictionaryThreads;

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    return Databases.h2();
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("datasources.default.maximum-pool-size", String.valueOf(CONNECTIONS));
    properties.put(
        "datasources.default.connection-timeout", String.valueOf(CONNECTION_TIMEOUT_MILLIS));
    return properties;
  }

  @Test
  void a_dictionary_request_behind_requests_that_waited_too_long_is_a_503_saying_when_to_retry()
      throws Throwable {
    TestUser user = newUser();

    duringABacklog(
        () -> {
          ApiResponse refused = read(user);

          assertProblem(503, refused);
          assertEquals("5", refused.header("Retry-After").orElseThrow(), refused::toString);
        });
  }

  @Test
  void a_backlogged_request_whose_token_was_already_checked_is_a_503_too() throws Throwable {
    TestUser user = newUser();
    read(user);

    duringABacklog(() -> assertProblem(503, read(user)));
  }

  @Test
  void a_refused_request_logs_nothing_at_warning_or_above() throws Throwable {
    TestUser user = newUser();
    read(user);

    duringABacklog(
        () -> {
          try (LogCapture logs = new LogCapture()) {
            read(user);

            assertTrue(
                logs.events().stream()
                    .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN)),
                logs.lines()::toString);
          }
        });
  }

  @Test
  void requests_that_do_not_run_on_the_dictionarys_threads_are_served_during_a_backlog()
      throws Throwable {
    TestUser user = newUser();

    duringABacklog(
        () ->
            assertEquals(
                200, api.request("GET", AccountApiSpec.ME).token(user.token()).send().status()));
  }

  @Test
  void once_the_threads_catch_up_dictionary_requests_are_served_again() throws Exception {
    TestUser user = newUser();
    CountDownLatch release = new CountDownLatch(1);
    holdEveryThreadAndQueueOneMore(release);
    release.countDown();

    assertTrue(eventually(() -> read(user).status() == 404), "never served again");
  }

  /**
   * Runs {@code requests} while the dictionary's threads are behind, and lets them catch up after.
   */
  private void duringABacklog(Executable requests) throws Throwable {
    CountDownLatch release = new CountDownLatch(1);
    holdEveryThreadAndQueueOneMore(release);
    try {
      requests.execute();
    } finally {
      release.countDown();
    }
  }

  /**
   * Every thread busy until the release (at the latest 5 s later, so that a request that was queued
   * rather than refused fails the test instead of hanging it), and one task waiting since before
   * the timeout.
   */
  private void holdEveryThreadAndQueueOneMore(CountDownLatch release) throws InterruptedException {
    CompletableFuture.delayedExecutor(5, TimeUnit.SECONDS).execute(release::countDown);
    for (int thread = 0; thread < CONNECTIONS; thread++) {
      dictionaryThreads.execute(() -> awaitQuietly(release));
    }
    dictionaryThreads.execute(() -> {});
    Thread.sleep(2 * CONNECTION_TIMEOUT_MILLIS);
  }

  private ApiResponse read(TestUser user) {
    return api.request("GET", "/api/v1/dictionary/" + unique("absent")).token(user.token()).send();
  }

  private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
