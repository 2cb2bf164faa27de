package dev.lexicon.adapter.persistence;

import dev.lexicon.application.contract.LoginAttemptRepositoryContract;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

@MicronautTest(transactional = false)
class H2LoginAttemptRepositoryTest extends LoginAttemptRepositoryContract {

  @Inject LoginAttemptRepository attempts;

  @Override
  protected LoginAttemptRepository attempts() {
    return attempts;
  }
}
