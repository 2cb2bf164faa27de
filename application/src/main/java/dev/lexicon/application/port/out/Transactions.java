package dev.lexicon.application.port.out;

import java.util.function.Supplier;

/**
 * The one transaction boundary of a use case that writes more than one row: every write inside
 * {@link #inTransaction} is kept together or not at all, and locks taken inside are held until it
 * ends.
 */
public interface Transactions {

  /**
   * Runs the work in a transaction, which commits when it returns and rolls back when it throws.
   * Called inside another transaction, it joins that one.
   */
  <T> T inTransaction(Supplier<T> work);

  /** {@link #inTransaction} for work that tells nothing back. */
  default void runInTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /** Runs the action once the current transaction has committed; at once when none is open. */
  void afterCommit(Runnable action);
}
