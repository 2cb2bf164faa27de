package dev.lexicon.adapter.web.dispatch;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The dictionary requests waiting for one of the dictionary's threads, and the rule that refuses
 * new ones: the threads are behind once the oldest waiting request has waited longer than {@code
 * maxWait}. While the database is unreachable every running request takes the whole connection
 * timeout to fail, and without the bound the requests queued behind them would each wait a multiple
 * of it.
 *
 * <p>The refusal is asked before a request is handed to the threads ({@link
 * BackloggedRequestFilter}), not made by the hand-over itself: Micronaut lets an executor's refusal
 * escape its exception handlers when every filter decided at once. Asking first leaves a window in
 * which a request that saw the threads on time is queued just after they fall behind; it is served
 * like the others, so the bound is on how long requests wait, not an exact count.
 */
final class DictionaryBacklog {

  private final BlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>();
  private final long maxWaitNanos;

  DictionaryBacklog(Duration maxWait) {
    this.maxWaitNanos = maxWait.toNanos();
  }

  /** Whether the oldest request waiting for a thread has waited longer than the bound. */
  boolean isBehind() {
    return waiting.peek() instanceof Waiting oldest
        && System.nanoTime() - oldest.since() > maxWaitNanos;
  }

  /** A fixed pool of {@code threads} whose waiting requests are this backlog's. */
  ExecutorService threads(int threads, ThreadFactory threadFactory) {
    return new ThreadPoolExecutor(
        threads, threads, 0, TimeUnit.MILLISECONDS, waiting, threadFactory) {
      @Override
      public void execute(Runnable task) {
        super.execute(new Waiting(task, System.nanoTime()));
      }
    };
  }

  private record Waiting(Runnable task, long since) implements Runnable {

    @Override
    public void run() {
      task.run();
    }
  }
}
