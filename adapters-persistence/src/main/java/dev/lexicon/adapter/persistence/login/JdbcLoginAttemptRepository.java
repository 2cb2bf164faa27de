package dev.lexicon.adapter.persistence.login;

import dev.lexicon.adapter.persistence.DuplicateKey;
import dev.lexicon.adapter.persistence.Timestamps;
import dev.lexicon.adapter.persistence.TranslatesStoreFailures;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.application.port.out.LoginAttemptRepository.Attempt;
import dev.lexicon.application.port.out.ThrottleKey;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * Login attempts in {@code login_attempts}, one row each, so that attempts recorded by any instance
 * count on every instance. A claim is decided while its key's row in {@code login_throttles} is
 * locked, so claims of one key are decided one at a time even when they arrive together.
 */
@Singleton
@TranslatesStoreFailures
class JdbcLoginAttemptRepository implements LoginAttemptRepository {

  private static final TransactionDefinition OWN_TRANSACTION =
      TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

  private final LoginAttemptRows rows;
  private final LoginThrottleRows throttles;
  private final TransactionOperations<Connection> transactions;

  JdbcLoginAttemptRepository(
      LoginAttemptRows rows,
      LoginThrottleRows throttles,
      TransactionOperations<Connection> transactions) {
    this.rows = rows;
    this.throttles = throttles;
    this.transactions = transactions;
  }

  /**
   * A key's first attempt finds no row to lock; the row is then made in a transaction of its own,
   * not in the one that locks it: on InnoDB an insert refused as a duplicate (two first attempts at
   * once) leaves a shared lock, and two transactions upgrading theirs would deadlock. The purge may
   * delete the row in between, hence the loop.
   */
  @Override
  public Claim claim(ThrottleKey key, Instant at, Instant since, Predicate<List<Attempt>> admits) {
    while (true) {
      Optional<Claim> claim =
          transactions.execute(OWN_TRANSACTION, status -> decide(key, at, since, admits));
      if (claim.isPresent()) {
        return claim.get();
      }
      transactions.execute(OWN_TRANSACTION, status -> makeRow(key));
    }
  }

  private boolean makeRow(ThrottleKey key) {
    try {
      throttles.save(new LoginThrottleRow(key.value()));
      return true;
    } catch (DataAccessException failure) {
      if (DuplicateKey.causeOf(failure).isPresent()) {
        return false;
      }
      throw failure;
    }
  }

  /** Empty when the key has no row to lock yet, or it was purged. */
  private Optional<Claim> decide(
      ThrottleKey key, Instant at, Instant since, Predicate<List<Attempt>> admits) {
    if (throttles.lock(key.value()).isEmpty()) {
      return Optional.empty();
    }
    List<Attempt> seen =
        rows.findSince(key.value(), Timestamps.toText(since)).stream()
            .map(row -> new Attempt(Timestamps.toInstant(row.attemptedAt()), row.failed()))
            .toList();
    if (!admits.test(seen)) {
      return Optional.of(new Claim(seen, OptionalLong.empty()));
    }
    long id = rows.save(new LoginAttemptRow(null, key.value(), Timestamps.toText(at), false)).id();
    return Optional.of(new Claim(seen, OptionalLong.of(id)));
  }

  @Override
  public void fail(long claim) {
    rows.fail(claim);
  }

  @Override
  public void release(long claim) {
    rows.delete(claim);
  }

  @Override
  public int deleteBefore(Instant instant) {
    int deleted = rows.deleteBefore(Timestamps.toText(instant));
    throttles.deleteUnused();
    return deleted;
  }
}
