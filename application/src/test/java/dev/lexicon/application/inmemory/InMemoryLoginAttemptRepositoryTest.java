package dev.lexicon.application.inmemory;

import dev.lexicon.application.contract.LoginAttemptRepositoryContract;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.InMemoryLoginAttemptRepository;
import dev.lexicon.application.testing.InMemoryUserRepository;

class InMemoryLoginAttemptRepositoryTest extends LoginAttemptRepositoryContract {

  private final LoginAttemptRepository attempts = new InMemoryLoginAttemptRepository();
  private final UserRepository users = new InMemoryUserRepository();

  @Override
  protected LoginAttemptRepository attempts() {
    return attempts;
  }

  @Override
  protected UserRepository users() {
    return users;
  }
}
