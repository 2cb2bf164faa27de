package dev.lexicon.adapter.persistence.session;

import dev.lexicon.adapter.persistence.TranslatesStoreFailures;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.domain.session.RefreshTokenHash;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.session.SessionId;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** Login sessions in {@code sessions}, found by the hash of their refresh token. */
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
  public Optional<Session> findByRefreshTokenHash(RefreshTokenHash hash) {
    return rows.findByRefreshTokenHash(hash.value()).map(mapper::toDomain);
  }
}
