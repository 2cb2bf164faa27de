package dev.lexicon.adapter.persistence.login;

import dev.lexicon.adapter.persistence.Timestamps;
import dev.lexicon.adapter.persistence.TranslatesStoreFailures;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * Failed logins in {@code login_failures}, one row each, so that failures recorded by any instance
 * count on every instance.
 */
@Singleton
@TranslatesStoreFailures
class JdbcLoginAttemptRepository implements LoginAttemptRepository {

  private final LoginFailureRows rows;
  private final LoginFailureRowMapper mapper;

  JdbcLoginAttemptRepository(LoginFailureRows rows, LoginFailureRowMapper mapper) {
    this.rows = rows;
    this.mapper = mapper;
  }

  @Override
  public void recordFailure(UserId userId, Instant at) {
    rows.save(mapper.toRow(userId, at));
  }

  @Override
  public List<Instant> failuresSince(UserId userId, Instant since) {
    return rows.findSince(userId.toString(), Timestamps.toText(since)).stream()
        .map(mapper::failedAt)
        .toList();
  }

  @Override
  public void clearFailures(UserId userId) {
    rows.deleteOf(userId.toString());
  }

  @Override
  public int deleteFailuresBefore(Instant instant) {
    return rows.deleteBefore(Timestamps.toText(instant));
  }
}
