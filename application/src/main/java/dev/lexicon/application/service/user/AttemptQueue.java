package dev.lexicon.application.service.user;

import dev.lexicon.application.port.out.ThrottleKey;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lines up this instance's login attempts on one throttle key in order of arrival, at most as many
 * at a time as the throttle has slots.
 *
 * <p>The database still decides every claim, since other instances claim too. The queue only spares
 * an instance's own attempts from polling the database for slots they can simply wait for here: a
 * burst of logins on one account is served first come, first served, each attempt woken the moment
 * one ahead of it is done, instead of each one backing off and retrying at random.
 *
 * <p>A key has a place here only while attempts hold or wait for it, so the map stays as small as
 * the number of accounts being logged into at this moment.
 */
final class AttemptQueue {

  private final int width;
  private final ConcurrentHashMap<ThrottleKey, Lane> lanes = new ConcurrentHashMap<>();

  /** The places of one key, and how many attempts hold or wait for one. */
  private static final class Lane {
    final Semaphore places;
    int attempts;

    Lane(int width) {
      places = new Semaphore(width, true);
    }
  }

  /**
   * @param width how many attempts on one key may be under way at once
   */
  AttemptQueue(int width) {
    if (width < 1) {
      throw new IllegalArgumentException("an attempt queue needs at least one place");
    }
    this.width = width;
  }

  /**
   * Waits for a place, behind every attempt on the key that came before.
   *
   * @return whether a place came free within the wait; only then must {@link #leave} follow
   */
  boolean enter(ThrottleKey key, Duration wait) {
    Lane lane = join(key);
    boolean entered = false;
    try {
      entered = lane.places.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
      return entered;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a login slot", interrupted);
    } finally {
      if (!entered) {
        quit(key);
      }
    }
  }

  /** Gives the place back to the next attempt in line. */
  void leave(ThrottleKey key) {
    Lane lane = lanes.get(key);
    if (lane == null) {
      throw new IllegalStateException("no attempt on this key holds a place");
    }
    lane.places.release();
    quit(key);
  }

  /** How many keys have attempts under way or waiting: what the queue holds in memory. */
  int keysInUse() {
    return lanes.size();
  }

  private Lane join(ThrottleKey key) {
    return lanes.compute(
        key,
        (k, lane) -> {
          Lane joined = lane == null ? new Lane(width) : lane;
          joined.attempts++;
          return joined;
        });
  }

  private void quit(ThrottleKey key) {
    lanes.computeIfPresent(key, (k, lane) -> --lane.attempts == 0 ? null : lane);
  }
}
