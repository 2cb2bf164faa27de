package dev.lexicon.adapter.persistence;

import dev.lexicon.application.contract.LoginAttemptRepositoryContract;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.application.port.out.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

@MicronautTest(transactional = false)
class H2LoginAttemptRepositoryTest extends LoginAttemptRepositoryContract {

  @Inject LoginAttemptRepository attempts;
  @Inject UserRepository users;

  @Override
  protected LoginAttemptRepository attempts() {
    return attempts;
  }

  @Override
  protected UserRepository users() {
    return users;
  }
}
