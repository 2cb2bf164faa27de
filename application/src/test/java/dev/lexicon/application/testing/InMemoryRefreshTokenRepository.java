package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.domain.session.RefreshToken;
import dev.lexicon.domain.session.RefreshTokenHash;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Refresh tokens in a map, for tests that swap out the database. Safe for concurrent use. */
public final class InMemoryRefreshTokenRepository implements RefreshTokenRepository {

  private final Map<RefreshTokenHash, RefreshToken> tokens = new HashMap<>();

  @Override
  public synchronized void add(RefreshToken token) {
    tokens.put(token.hash(), token);
  }

  @Override
  public synchronized Optional<RefreshToken> findByHash(RefreshTokenHash hash) {
    return Optional.ofNullable(tokens.get(hash));
  }

  @Override
  public synchronized boolean retireIfCurrent(RefreshTokenHash hash, Instant now) {
    RefreshToken t = tokens.get(hash);
    if (t == null || t.isRetired()) {
      return false;
    }
    tokens.put(
        hash,
        new RefreshToken(t.hash(), t.sessionId(), t.userId(), t.issuedAt(), t.expiresAt(), now));
    return true;
  }

  @Override
  public synchronized int deleteExpiredBefore(Instant instant) {
    int before = tokens.size();
    tokens.values().removeIf(token -> token.expiresAt().isBefore(instant));
    return before - tokens.size();
  }
}
