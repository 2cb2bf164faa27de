package dev.lexicon.adapter.web.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RequestRecorderRaceTest {

  private static final int THREADS = 8;
  private static final int REQUESTS_EACH = 500;

  private final Logger access = (Logger) LoggerFactory.getLogger("lexicon.access");
  private Level accessLevel;

  @BeforeEach
  void quietAccessLog() {
    accessLevel = access.getLevel();
    access.setLevel(Level.OFF);
  }

  @AfterEach
  void restoreAccessLog() {
    access.setLevel(accessLevel);
  }

  @Test
  void requests_of_a_new_series_recorded_at_once_from_many_threads_all_land_in_one_histogram()
      throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    RequestRecorder recorder = new RequestRecorder(registry);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(
            threads.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < REQUESTS_EACH; i++) {
                    HttpRequest<?> request = HttpRequest.GET("/api/v1/dictionary");
                    recorder.begin(request);
                    recorder.end(request, HttpResponse.ok());
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> thread : done) {
        thread.get();
      }
    } finally {
      threads.shutdownNow();
    }

    List<Timer> timers = new ArrayList<>(registry.find(RequestRecorder.METRIC).timers());
    assertEquals(1, timers.size(), timers::toString);
    assertEquals(THREADS * REQUESTS_EACH, timers.get(0).count());
  }
}
