package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Failed logins in a list, for tests that swap out the database. Safe for concurrent use. */
public final class InMemoryLoginAttemptRepository implements LoginAttemptRepository {

  private record Failure(UserId userId, Instant at) {}

  private final List<Failure> failures = new ArrayList<>();

  @Override
  public synchronized void recordFailure(UserId userId, Instant at) {
    failures.add(new Failure(userId, at));
  }

  @Override
  public synchronized List<Instant> failuresSince(UserId userId, Instant since) {
    return failures.stream()
        .filter(failure -> failure.userId().equals(userId) && failure.at().isAfter(since))
        .map(Failure::at)
        .toList();
  }

  @Override
  public synchronized void clearFailures(UserId userId) {
    failures.removeIf(failure -> failure.userId().equals(userId));
  }

  @Override
  public synchronized int deleteFailuresBefore(Instant instant) {
    int before = failures.size();
    failures.removeIf(failure -> failure.at().isBefore(instant));
    return before - failures.size();
  }
}
