package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions in a map, for tests that swap out the database. Safe for concurrent use. */
public final class InMemorySessionRepository implements SessionRepository {

  private final Map<SessionId, Session> sessions = new ConcurrentHashMap<>();

  @Override
  public SessionId nextId() {
    return new SessionId(UUID.randomUUID());
  }

  @Override
  public void add(Session session) {
    sessions.put(session.id(), session);
  }

  @Override
  public Optional<Session> findById(SessionId id) {
    return Optional.ofNullable(sessions.get(id));
  }

  @Override
  public void extend(SessionId id, Instant expiresAt) {
    sessions.computeIfPresent(
        id, (key, s) -> new Session(s.id(), s.userId(), s.createdAt(), expiresAt, s.revokedAt()));
  }

  @Override
  public void revoke(SessionId id, Instant now) {
    sessions.computeIfPresent(id, (key, session) -> revoked(session, now));
  }

  @Override
  public void revokeAllOf(UserId userId, Instant now) {
    sessions.replaceAll(
        (key, session) -> session.userId().equals(userId) ? revoked(session, now) : session);
  }

  @Override
  public int deleteEndedBefore(Instant instant) {
    int before = sessions.size();
    sessions.values().removeIf(session -> session.expiresAt().isBefore(instant));
    return before - sessions.size();
  }

  private static Session revoked(Session s, Instant now) {
    return s.isRevoked() ? s : new Session(s.id(), s.userId(), s.createdAt(), s.expiresAt(), now);
  }
}
