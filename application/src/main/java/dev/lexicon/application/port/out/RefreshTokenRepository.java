package dev.lexicon.application.port.out;

import dev.lexicon.domain.session.RefreshToken;
import dev.lexicon.domain.session.RefreshTokenHash;
import java.time.Instant;
import java.util.Optional;

/** Where refresh tokens live, by hash only. */
public interface RefreshTokenRepository {

  void add(RefreshToken token);

  Optional<RefreshToken> findByHash(RefreshTokenHash hash);

  /**
   * Retires the token if it is still current, atomically: of two requests presenting the same
   * token, exactly one is told {@code true}.
   */
  boolean retireIfCurrent(RefreshTokenHash hash, Instant now);

  /** Forgets tokens that expired before the instant. */
  int deleteExpiredBefore(Instant instant);
}
