package dev.lexicon.application.port.in.session;

import dev.lexicon.application.port.in.user.TokenPair;

public interface RefreshTokensUseCase {

  /**
   * Exchanges a current refresh token for a new pair and retires it. A retired token presented
   * again revokes its whole session.
   *
   * @throws dev.lexicon.application.error.InvalidRefreshToken for an unknown, expired, retired or
   *     revoked token, or an inactive account
   */
  TokenPair refresh(String refreshToken);
}
