package dev.lexicon.application.port.out;

import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import java.time.Instant;

/**
 * Revokes sessions, so that their access and refresh tokens stop working: in the store every
 * instance checks, and, once the revocation has committed, in whatever this instance remembers of
 * active sessions, so that the instance that revoked refuses the tokens at once.
 */
public interface SessionRevocations {

  /** Revokes one session of the user. */
  void revoke(SessionId session, UserId owner, Instant now);

  /** Revokes every session of the user. */
  void revokeAllOf(UserId user, Instant now);
}
