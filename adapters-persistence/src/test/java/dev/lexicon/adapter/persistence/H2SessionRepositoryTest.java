package dev.lexicon.adapter.persistence;

import dev.lexicon.application.contract.SessionRepositoryContract;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

@MicronautTest(transactional = false)
class H2SessionRepositoryTest extends SessionRepositoryContract {

  @Inject SessionRepository sessions;
  @Inject UserRepository users;

  @Override
  protected SessionRepository sessions() {
    return sessions;
  }

  @Override
  protected UserRepository users() {
    return users;
  }
}
