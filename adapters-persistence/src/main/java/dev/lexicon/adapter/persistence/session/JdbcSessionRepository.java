package dev.lexicon.adapter.persistence.session;

import dev.lexicon.adapter.persistence.Timestamps;
import dev.lexicon.adapter.persistence.TranslatesStoreFailures;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Login sessions in {@code sessions}. A revocation is a conditional write on the shared row, so
 * every instance reading the session sees it, and a second revocation cannot move the first.
 */
@Singleton
@TranslatesStoreFailures
class JdbcSessionRepository implements SessionRepository {

  private final SessionRows rows;
  private final SessionRowMapper mapper;

  JdbcSessionRepository(SessionRows rows, SessionRowMapper mapper) {
    this.rows = rows;
    this.mapper = mapper;
  }

  @Override
  public SessionId nextId() {
    return new SessionId(UUID.randomUUID());
  }

  @Override
  public void add(Session session) {
    rows.save(mapper.toRow(session));
  }

  @Override
  public Optional<Session> findById(SessionId id) {
    return rows.findById(id.toString()).map(mapper::toDomain);
  }

  @Override
  public void extend(SessionId id, Instant expiresAt) {
    rows.extend(id.toString(), Timestamps.toText(expiresAt));
  }

  @Override
  public void revoke(SessionId id, Instant now) {
    rows.revoke(id.toString(), Timestamps.toText(now));
  }

  @Override
  public void revokeAllOf(UserId userId, Instant now) {
    rows.revokeAllOf(userId.toString(), Timestamps.toText(now));
  }

  @Override
  public int deleteEndedBefore(Instant instant) {
    return rows.deleteEndedBefore(Timestamps.toText(instant));
  }
}
