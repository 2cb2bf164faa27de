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

  private record Stored(ThrottleKey key, Attempt attempt) {}

  private final Map<Long, Stored> attempts = new LinkedHashMap<>();
  private long lastId;

  @Override
  public synchronized Claim claim(
      ThrottleKey key, Instant at, Instant since, Predicate<List<Attempt>> admits) {
    List<Attempt> seen =
        attempts.values().stream()
            .filter(stored -> stored.key().equals(key) && stored.attempt().at().isAfter(since))
            .map(Stored::attempt)
            .toList();
    if (!admits.test(seen)) {
      return new Claim(seen, OptionalLong.empty());
    }
    attempts.put(++lastId, new Stored(key, new Attempt(at, false)));
    return new Claim(seen, OptionalLong.of(lastId));
  }

  @Override
  public synchronized void fail(long claim) {
    attempts.computeIfPresent(
        claim, (id, stored) -> new Stored(stored.key(), new Attempt(stored.attempt().at(), true)));
  }

  @Override
  public synchronized void release(long claim) {
    attempts.remove(claim);
  }

  @Override
  public synchronized int deleteBefore(Instant instant) {
    int before = attempts.size();
    attempts.values().removeIf(stored -> stored.attempt().at().isBefore(instant));
    return before - attempts.size();
  }
}
