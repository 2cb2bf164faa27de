package dev.lexicon.adapter.web.dispatch;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool of platform threads that refuses new work while it is behind: once the oldest task
 * in its queue has waited longer than {@code maxQueueWait}, {@link #execute} throws {@link
 * RequestsBacklogged} instead of queueing another. While the database is unreachable every running
 * request takes the whole connection timeout to fail, and without the bound the requests queued
 * behind them would each wait a multiple of it.
 */
public final class SheddingThreadPool extends ThreadPoolExecutor {

  private final long maxQueueWaitNanos;

  public SheddingThreadPool(int threads, Duration maxQueueWait, ThreadFactory threadFactory) {
    super(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threadFactory);
    this.maxQueueWaitNanos = maxQueueWait.toNanos();
  }

  @Override
  public void execute(Runnable task) {
    if (getQueue().peek() instanceof Queued oldest
        && System.nanoTime() - oldest.queuedAt > maxQueueWaitNanos) {
      throw new RequestsBacklogged();
    }
    super.execute(new Queued(task, System.nanoTime()));
  }

  private record Queued(Runnable task, long queuedAt) implements Runnable {

    @Override
    public void run() {
      task.run();
    }
  }
}
