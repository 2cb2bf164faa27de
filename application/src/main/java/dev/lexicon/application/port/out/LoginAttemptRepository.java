package dev.lexicon.application.port.out;

import dev.lexicon.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** Failed logins per account, in the shared store, so every instance counts the same failures. */
public interface LoginAttemptRepository {

  void recordFailure(UserId userId, Instant at);

  /** The account's failures after the instant, in any order. */
  List<Instant> failuresSince(UserId userId, Instant since);

  /** Forgets the account's failures, after a successful login. */
  void clearFailures(UserId userId);

  /** Forgets failures older than the instant: they no longer count. */
  int deleteFailuresBefore(Instant instant);
}
