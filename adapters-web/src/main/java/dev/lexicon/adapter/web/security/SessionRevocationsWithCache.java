package dev.lexicon.adapter.web.security;

import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.SessionRevocations;
import dev.lexicon.application.port.out.Transactions;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Revokes in the store, then makes this instance forget what it remembers of the user's sessions
 * (see {@link ActiveSessions}) once the revocation has committed: forgotten any earlier, a request
 * checking the session meanwhile would read the old state and remember it again.
 */
@Singleton
final class SessionRevocationsWithCache implements SessionRevocations {

  private final SessionRepository sessions;
  private final ActiveSessions activeSessions;
  private final Transactions transactions;

  SessionRevocationsWithCache(
      SessionRepository sessions, ActiveSessions activeSessions, Transactions transactions) {
    this.sessions = sessions;
    this.activeSessions = activeSessions;
    this.transactions = transactions;
  }

  @Override
  public void revoke(SessionId session, UserId owner, Instant now) {
    sessions.revoke(session, now);
    transactions.afterCommit(() -> activeSessions.forgetUser(owner));
  }

  @Override
  public void revokeAllOf(UserId user, Instant now) {
    sessions.revokeAllOf(user, now);
    transactions.afterCommit(() -> activeSessions.forgetUser(user));
  }
}
