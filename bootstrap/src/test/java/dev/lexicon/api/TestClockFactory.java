package dev.lexicon.api;

import dev.lexicon.application.testing.MutableClock;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A clock the suites that ask for it move forward, so that expiry and time windows are tested
 * without waiting. It starts now, in whole milliseconds as the stores keep time.
 */
@Factory
@Requires(property = TestClockFactory.ENABLED, value = "true")
class TestClockFactory {

  static final String ENABLED = "lexicon.test.mutable-clock";

  @Singleton
  @Replaces(Clock.class)
  MutableClock clock() {
    return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }
}
