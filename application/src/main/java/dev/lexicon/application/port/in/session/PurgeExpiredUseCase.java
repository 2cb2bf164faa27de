package dev.lexicon.application.port.in.session;

/** Housekeeping: forgets sessions, refresh tokens and failed logins that can no longer matter. */
public interface PurgeExpiredUseCase {

  void purge();
}
