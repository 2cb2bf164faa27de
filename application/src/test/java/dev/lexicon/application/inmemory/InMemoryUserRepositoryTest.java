package dev.lexicon.application.inmemory;

import dev.lexicon.application.contract.UserRepositoryContract;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.InMemoryUserRepository;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

  private final UserRepository users = new InMemoryUserRepository();

  @Override
  protected UserRepository users() {
    return users;
  }
}
