package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.SessionRevocations;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import java.time.Instant;

/** Revocations for tests without an instance that remembers sessions: the store is all there is. */
public final class StoreOnlyRevocations implements SessionRevocations {

  private final SessionRepository sessions;

  public StoreOnlyRevocations(SessionRepository sessions) {
    this.sessions = sessions;
  }

  @Override
  public void revoke(SessionId session, UserId owner, Instant now) {
    sessions.revoke(session, now);
  }

  @Override
  public void revokeAllOf(UserId user, Instant now) {
    sessions.revokeAllOf(user, now);
  }
}
