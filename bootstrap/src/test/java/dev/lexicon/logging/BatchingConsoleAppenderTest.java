package dev.lexicon.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchingConsoleAppenderTest {

  private static final long AN_HOUR = Duration.ofHours(1).toMillis();
  private static final Pattern LINE =
      Pattern.compile("(?:lexicon\\.access|dev\\.lexicon\\.other) t(\\d+) n(\\d+)");

  private final LoggerContext context = new LoggerContext();
  private final Output output = new Output();
  private final BatchingConsoleAppender appender = new BatchingConsoleAppender();
  private final Logger access = context.getLogger("lexicon.access");
  private final Logger other = context.getLogger("dev.lexicon.other");

  @AfterEach
  void stopContext() {
    context.stop();
  }

  @Test
  void an_access_line_waits_in_the_buffer() {
    start(AN_HOUR);

    access.info("GET 1");

    assertEquals("", output.text());
  }

  @Test
  void any_other_line_is_written_at_once_after_the_access_lines_logged_before_it() {
    start(AN_HOUR);

    access.info("GET 1");
    other.info("started");

    assertEquals("lexicon.access GET 1\ndev.lexicon.other started\n", output.text());
  }

  @Test
  void an_access_warning_is_written_at_once() {
    start(AN_HOUR);

    access.warn("slow");

    assertEquals("lexicon.access slow\n", output.text());
  }

  @Test
  void an_access_line_is_written_within_the_flush_interval() throws InterruptedException {
    start(20);

    access.info("GET 1");

    Instant giveUp = Instant.now().plusSeconds(10);
    while (output.text().isEmpty() && Instant.now().isBefore(giveUp)) {
      Thread.sleep(10);
    }
    assertEquals("lexicon.access GET 1\n", output.text());
  }

  @Test
  void once_shutdown_begins_the_buffer_is_written_and_every_line_goes_out_at_once() {
    start(AN_HOUR);
    access.info("GET 1");

    appender.writeEveryLineAtOnce();
    String atShutdown = output.text();
    access.info("GET 2");

    assertEquals("lexicon.access GET 1\n", atShutdown);
    assertEquals("lexicon.access GET 1\nlexicon.access GET 2\n", output.text());
  }

  @Test
  void stopping_writes_the_buffer_and_leaves_standard_output_open() {
    start(AN_HOUR);
    access.info("GET 1");

    appender.stop();

    assertEquals("lexicon.access GET 1\n", output.text());
    assertFalse(output.closed);
  }

  @Test
  void lines_logged_by_many_threads_at_once_each_arrive_whole_once_and_in_their_threads_order()
      throws Exception {
    start(1);
    int threads = 8;
    int linesEach = 2_000;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                go.await();
                for (int i = 0; i < linesEach; i++) {
                  (i % 10 == 0 ? other : access).info("t{} n{}", thread, i);
                }
                return null;
              }));
    }
    go.countDown();
    for (Future<?> each : done) {
      each.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    appender.stop();

    Map<Integer, List<Integer>> seen = new HashMap<>();
    for (String line : output.text().split("\n")) {
      Matcher parts = LINE.matcher(line);
      assertTrue(parts.matches(), () -> "a broken line: " + line);
      seen.computeIfAbsent(Integer.valueOf(parts.group(1)), t -> new ArrayList<>())
          .add(Integer.valueOf(parts.group(2)));
    }
    List<Integer> inOrder = IntStream.range(0, linesEach).boxed().toList();
    for (int t = 0; t < threads; t++) {
      assertEquals(inOrder, seen.get(t), "thread " + t);
    }
  }

  @Test
  void without_a_positive_flush_interval_it_does_not_start() {
    start(0);

    assertFalse(appender.isStarted());
  }

  private void start(long flushIntervalMillis) {
    context.setMDCAdapter(new LogbackMDCAdapter());
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%logger %msg%n");
    encoder.start();
    appender.setContext(context);
    appender.setName("test");
    appender.setEncoder(encoder);
    appender.setBatchedLogger("lexicon.access");
    appender.setFlushIntervalMillis(flushIntervalMillis);
    appender.setTarget(output);
    appender.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(appender);
  }

  /** Standard output as the appender sees it: what reached it, and whether it was closed. */
  private static final class Output extends ByteArrayOutputStream {

    private volatile boolean closed;

    synchronized String text() {
      return toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
