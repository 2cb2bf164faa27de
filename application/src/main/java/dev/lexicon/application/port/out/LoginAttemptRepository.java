package dev.lexicon.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * Login attempts per {@link ThrottleKey}, in the shared store, so every instance counts the same
 * ones. An attempt is recorded (claimed) before its password is checked, as pending; a wrong answer
 * then marks it failed, and any other outcome releases it.
 */
public interface LoginAttemptRepository {

  /**
   * Records a pending attempt for the key if {@code admits} accepts the key's attempts after {@code
   * since}. The attempts of one key are decided one at a time, on every instance, and each is
   * committed before the next is decided. Not to be called inside a transaction, whose end it would
   * have to await.
   */
  Claim claim(ThrottleKey key, Instant at, Instant since, Predicate<List<Attempt>> admits);

  /** An attempt of the window: when it was made, and whether its answer was found wrong. */
  record Attempt(Instant at, boolean failed) {}

  /** The key's attempts that the decision saw, and the new attempt's id when it was recorded. */
  record Claim(List<Attempt> seen, OptionalLong id) {

    public Claim {
      seen = List.copyOf(seen);
    }
  }

  /** The attempt's answer was wrong: it counts as a failed login. */
  void fail(long claim);

  /** Forgets an attempt that was no failure: the password was right, or it was never checked. */
  void release(long claim);

  /** Forgets attempts older than the instant: they no longer count. */
  int deleteBefore(Instant instant);
}
