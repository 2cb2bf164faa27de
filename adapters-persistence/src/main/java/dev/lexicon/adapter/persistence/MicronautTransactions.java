package dev.lexicon.adapter.persistence;

import dev.lexicon.application.port.out.Transactions;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * The application's transaction boundary on Micronaut's transaction management: the repositories'
 * statements inside it share its connection and commit or roll back together.
 */
@Singleton
@TranslatesStoreFailures
class MicronautTransactions implements Transactions {

  private final TransactionOperations<Connection> operations;

  MicronautTransactions(TransactionOperations<Connection> operations) {
    this.operations = operations;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return operations.executeWrite(status -> work.get());
  }

  @Override
  public void afterCommit(Runnable action) {
    operations
        .findTransactionStatus()
        .ifPresentOrElse(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCommit() {
                        action.run();
                      }
                    }),
            action);
  }
}
