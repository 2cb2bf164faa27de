package dev.lexicon.adapter.persistence.session;

import dev.lexicon.adapter.persistence.Timestamps;
import dev.lexicon.adapter.persistence.TranslatesStoreFailures;
import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.domain.session.RefreshToken;
import dev.lexicon.domain.session.RefreshTokenHash;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Refresh tokens in {@code refresh_tokens}. Retiring one is a single conditional UPDATE whose row
 * count is the answer, so two instances presenting the same token cannot both rotate it.
 */
@Singleton
@TranslatesStoreFailures
class JdbcRefreshTokenRepository implements RefreshTokenRepository {

  private final RefreshTokenRows rows;
  private final SessionRowMapper mapper;

  JdbcRefreshTokenRepository(RefreshTokenRows rows, SessionRowMapper mapper) {
    this.rows = rows;
    this.mapper = mapper;
  }

  @Override
  public void add(RefreshToken token) {
    rows.save(mapper.toRow(token));
  }

  @Override
  public Optional<RefreshToken> findByHash(RefreshTokenHash hash) {
    return rows.findById(hash.value()).map(mapper::toDomain);
  }

  @Override
  public boolean retireIfCurrent(RefreshTokenHash hash, Instant now) {
    return rows.retireIfCurrent(hash.value(), Timestamps.toText(now)) == 1;
  }

  @Override
  public int deleteExpiredBefore(Instant instant) {
    return rows.deleteExpiredBefore(Timestamps.toText(instant));
  }
}
