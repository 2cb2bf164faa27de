package dev.lexicon.application.inmemory;

import dev.lexicon.application.contract.RefreshTokenRepositoryContract;
import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.InMemoryRefreshTokenRepository;
import dev.lexicon.application.testing.InMemorySessionRepository;
import dev.lexicon.application.testing.InMemoryUserRepository;

class InMemoryRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {

  private final RefreshTokenRepository refreshTokens = new InMemoryRefreshTokenRepository();
  private final SessionRepository sessions = new InMemorySessionRepository();
  private final UserRepository users = new InMemoryUserRepository();

  @Override
  protected RefreshTokenRepository refreshTokens() {
    return refreshTokens;
  }

  @Override
  protected SessionRepository sessions() {
    return sessions;
  }

  @Override
  protected UserRepository users() {
    return users;
  }
}
