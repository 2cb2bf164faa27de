package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.domain.session.RefreshTokenHash;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.session.SessionId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions in a map, for tests that swap out the database. Safe for concurrent use. */
public final class InMemorySessionRepository implements SessionRepository {

  private final Map<RefreshTokenHash, Session> sessions = new ConcurrentHashMap<>();

  @Override
  public SessionId nextId() {
    return new SessionId(UUID.randomUUID());
  }

  @Override
  public void add(Session session) {
    sessions.put(session.refreshTokenHash(), session);
  }

  @Override
  public Optional<Session> findByRefreshTokenHash(RefreshTokenHash hash) {
    return Optional.ofNullable(sessions.get(hash));
  }
}
