package dev.lexicon.application.inmemory;

import dev.lexicon.application.contract.LoginAttemptRepositoryContract;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.application.testing.InMemoryLoginAttemptRepository;

class InMemoryLoginAttemptRepositoryTest extends LoginAttemptRepositoryContract {

  private final LoginAttemptRepository attempts = new InMemoryLoginAttemptRepository();

  @Override
  protected LoginAttemptRepository attempts() {
    return attempts;
  }
}
