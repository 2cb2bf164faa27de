package dev.lexicon.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lexicon.adapter.web.dispatch.DictionaryExecutorFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executor the dictionary's requests run on (DictionaryExecutorFactory, decision 23). */
class DictionaryExecutorTest {

  private static final int CONNECTIONS = 3;

  @Test
  void runs_on_as_many_threads_as_the_database_pool_has_connections(@TempDir Path dataDir)
      throws Exception {
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "lexicon.data-dir",
                dataDir.toString(),
                "datasources.default.maximum-pool-size",
                CONNECTIONS))) {
      ExecutorService dictionary =
          context.getBean(ExecutorService.class, Qualifiers.byName(DictionaryExecutorFactory.NAME));

      assertEquals(CONNECTIONS, threadsThatRan(dictionary, 4 * CONNECTIONS).size());
    }
  }

  /**
   * Runs the tasks so that the first ones wait for each other: a pool with more threads, or one
   * that starts a thread per task, runs them on more threads than it was meant to have.
   */
  private static Set<Thread> threadsThatRan(ExecutorService executor, int tasks) throws Exception {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch together = new CountDownLatch(CONNECTIONS);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < tasks; i++) {
      done.add(
          executor.submit(
              () -> {
                threads.add(Thread.currentThread());
                together.countDown();
                return together.await(10, TimeUnit.SECONDS);
              }));
    }
    for (Future<?> task : done) {
      assertEquals(true, task.get(20, TimeUnit.SECONDS));
    }
    return threads;
  }
}
