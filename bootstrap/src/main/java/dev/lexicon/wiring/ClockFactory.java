package dev.lexicon.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

@Factory
class ClockFactory {

  /**
   * Milliseconds, because that is what every store keeps and what the API shows: an instant read
   * back equals the one written.
   */
  @Singleton
  Clock clock() {
    return Clock.tickMillis(java.time.ZoneOffset.UTC);
  }
}
