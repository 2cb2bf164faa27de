package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.application.port.out.ThrottleKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;

/** Login attempts in a map, for tests that swap out the database. Safe for concurrent use. */
public final class InMemoryLoginAttemptRepository implements LoginAttemptRepository {

  private record Attempt(ThrottleKey key, Instant at) {}

  private final Map<Long, Attempt> attempts = new LinkedHashMap<>();
  private long lastId;

  @Override
  public synchronized Claim claim(
      ThrottleKey key, Instant at, Instant since, Predicate<List<Instant>> admits) {
    List<Instant> seen =
        attempts.values().stream()
            .filter(attempt -> attempt.key().equals(key) && attempt.at().isAfter(since))
            .map(Attempt::at)
            .toList();
    if (!admits.test(seen)) {
      return new Claim(seen, OptionalLong.empty());
    }
    attempts.put(++lastId, new Attempt(key, at));
    return new Claim(seen, OptionalLong.of(lastId));
  }

  @Override
  public synchronized void release(long claim) {
    attempts.remove(claim);
  }

  @Override
  public synchronized int deleteBefore(Instant instant) {
    int before = attempts.size();
    attempts.values().removeIf(attempt -> attempt.at().isBefore(instant));
    return before - attempts.size();
  }
}
