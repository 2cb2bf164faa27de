package dev.lexicon.application.port.out;

import dev.lexicon.domain.session.RefreshTokenHash;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.session.SessionId;
import java.util.Optional;

/** Where login sessions and the hashes of their refresh tokens live. */
public interface SessionRepository {

  SessionId nextId();

  void add(Session session);

  Optional<Session> findByRefreshTokenHash(RefreshTokenHash hash);
}
