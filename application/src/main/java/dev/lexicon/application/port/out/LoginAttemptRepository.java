package dev.lexicon.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * Login attempts per {@link ThrottleKey}, in the shared store, so every instance counts the same
 * ones. An attempt is recorded (claimed) before its password is checked, and released again unless
 * it failed.
 */
public interface LoginAttemptRepository {

  /**
   * Records an attempt for the key if {@code admits} accepts the key's attempts after {@code
   * since}. The attempts of one key are decided one at a time, on every instance, and each is
   * committed before the next is decided: of twenty arriving together, exactly those the rule
   * admits are recorded. Not to be called inside a transaction, whose end it would have to await.
   */
  Claim claim(ThrottleKey key, Instant at, Instant since, Predicate<List<Instant>> admits);

  /** The key's attempts that the decision saw, and the new attempt's id when it was recorded. */
  record Claim(List<Instant> seen, OptionalLong id) {

    public Claim {
      seen = List.copyOf(seen);
    }
  }

  /** Forgets an attempt that was no failure: the password was right, or it was never checked. */
  void release(long claim);

  /** Forgets attempts older than the instant: they no longer count. */
  int deleteBefore(Instant instant);
}
