package dev.lexicon.application.inmemory;

import dev.lexicon.application.contract.SessionRepositoryContract;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.InMemorySessionRepository;
import dev.lexicon.application.testing.InMemoryUserRepository;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {

  private final SessionRepository sessions = new InMemorySessionRepository();
  private final UserRepository users = new InMemoryUserRepository();

  @Override
  protected SessionRepository sessions() {
    return sessions;
  }

  @Override
  protected UserRepository users() {
    return users;
  }
}
