package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory stores: one at a time, which is what the locks a database would
 * take come to for these tests (an administrator locked by one transaction cannot change in
 * another). The stores cannot undo a write, so a use case must refuse before it writes; after-
 * commit actions of a transaction that throws are dropped.
 */
public final class InMemoryTransactions implements Transactions {

  private final ReentrantLock oneAtATime = new ReentrantLock();
  private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (oneAtATime.isHeldByCurrentThread()) {
      return work.get();
    }
    oneAtATime.lock();
    List<Runnable> actions = new ArrayList<>();
    afterCommit.set(actions);
    T result;
    try {
      result = work.get();
    } finally {
      afterCommit.remove();
      oneAtATime.unlock();
    }
    actions.forEach(Runnable::run);
    return result;
  }

  @Override
  public void afterCommit(Runnable action) {
    List<Runnable> actions = afterCommit.get();
    if (actions == null) {
      action.run();
    } else {
      actions.add(action);
    }
  }
}
