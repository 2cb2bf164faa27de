package dev.lexicon.application.port.out;

import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Where login sessions live. Revocation is kept here, in the store every instance shares, so a
 * session revoked on one instance is revoked on all.
 */
public interface SessionRepository {

  SessionId nextId();

  void add(Session session);

  Optional<Session> findById(SessionId id);

  /** Moves the end of a session, as each new refresh token lives its full lifetime. */
  void extend(SessionId id, Instant expiresAt);

  /** Revokes the session unless it is revoked already. */
  void revoke(SessionId id, Instant now);

  /** Revokes every session of the user that is not revoked already. */
  void revokeAllOf(UserId userId, Instant now);

  /** Forgets sessions that ended before the instant: none of their tokens can be valid. */
  int deleteEndedBefore(Instant instant);
}
