package dev.lexicon.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The service's log on standard output, with one logger's lines (the access log's) written in
 * batches.
 *
 * <p>The access log writes a line for every request. Written one by one, those lines cost a GET a
 * fifth of its CPU (bench/compare's GET on MariaDB: 97 µs a request against 75 µs with the access
 * log switched off): a write(2) for each line, and request threads queueing on the stream's lock
 * while another is inside it. Here the batched logger's lines below WARN go into a buffer, which is
 * written when it fills and at the latest {@code flushIntervalMillis} after a line entered it.
 * Every other line is written at once, after what the buffer holds, so the output keeps the order
 * the lines were logged in and no warning or error waits. Once the JVM begins to shut down, the
 * buffer is written and from then on every line at once; what a killed process had buffered is
 * lost, at most that interval's access lines.
 */
public final class BatchingConsoleAppender extends OutputStreamAppender<ILoggingEvent> {

  private static final int BUFFER_BYTES = 64 * 1024;

  private String batchedLogger;
  private long flushIntervalMillis;

  /**
   * System.out rather than its file descriptor, so that what others print there (Micronaut's
   * banner) keeps its place among the lines.
   */
  private OutputStream target = System.out;

  private volatile boolean batching = true;
  private ScheduledFuture<?> flusher;
  private Thread flushAtExit;

  /** The logger whose lines are batched: the access log's. */
  public void setBatchedLogger(String batchedLogger) {
    this.batchedLogger = batchedLogger;
  }

  /** How long a batched line may wait in the buffer at most; more than 0. */
  public void setFlushIntervalMillis(long flushIntervalMillis) {
    this.flushIntervalMillis = flushIntervalMillis;
  }

  /** Where the lines go instead of standard output: for tests. */
  void setTarget(OutputStream target) {
    this.target = target;
  }

  @Override
  public void start() {
    if (flushIntervalMillis <= 0) {
      addError("flushIntervalMillis must be more than 0 for the appender named " + getName());
      return;
    }
    setOutputStream(new BufferedOutputStream(target, BUFFER_BYTES));
    setImmediateFlush(false);
    super.start();
    if (!isStarted()) {
      return;
    }
    flusher =
        getContext()
            .getScheduledExecutorService()
            .scheduleWithFixedDelay(
                this::flush, flushIntervalMillis, flushIntervalMillis, TimeUnit.MILLISECONDS);
    flushAtExit = new Thread(this::writeEveryLineAtOnce, "log-flush-at-exit");
    Runtime.getRuntime().addShutdownHook(flushAtExit);
  }

  @Override
  protected void subAppend(ILoggingEvent event) {
    super.subAppend(event);
    if (!batching || !isBatched(event)) {
      flush();
    }
  }

  private boolean isBatched(ILoggingEvent event) {
    return event.getLoggerName().equals(batchedLogger)
        && !event.getLevel().isGreaterOrEqual(Level.WARN);
  }

  /** Writes what is buffered, and from now on every line as it comes. */
  void writeEveryLineAtOnce() {
    batching = false;
    flush();
  }

  private void flush() {
    streamWriteLock.lock();
    try {
      OutputStream out = getOutputStream();
      if (out != null && isStarted()) {
        out.flush();
      }
    } catch (IOException e) {
      addError("Could not write the log's buffered lines", e);
    } finally {
      streamWriteLock.unlock();
    }
  }

  @Override
  public void stop() {
    if (!isStarted()) {
      return;
    }
    flusher.cancel(false);
    try {
      Runtime.getRuntime().removeShutdownHook(flushAtExit);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook has run or is running; it writes the buffer itself.
    }
    super.stop();
  }

  /** Writes the buffer but leaves standard output open: other writers may still need it. */
  @Override
  protected void closeOutputStream() {
    flush();
  }
}
