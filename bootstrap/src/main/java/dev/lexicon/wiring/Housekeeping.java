package dev.lexicon.wiring;

import dev.lexicon.application.port.in.session.PurgeExpiredUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Keeps the revocation and throttling state small. Every instance runs it; the deletes are
 * idempotent, so instances need not agree on who does.
 */
@Singleton
class Housekeeping {

  private final PurgeExpiredUseCase purgeExpired;

  Housekeeping(PurgeExpiredUseCase purgeExpired) {
    this.purgeExpired = purgeExpired;
  }

  @Scheduled(
      initialDelay = "${lexicon.housekeeping.interval:10m}",
      fixedDelay = "${lexicon.housekeeping.interval:10m}")
  void purgeExpired() {
    purgeExpired.purge();
  }
}
