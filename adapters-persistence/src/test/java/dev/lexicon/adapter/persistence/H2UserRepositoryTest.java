package dev.lexicon.adapter.persistence;

import dev.lexicon.application.contract.UserRepositoryContract;
import dev.lexicon.application.port.out.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

@MicronautTest(transactional = false)
class H2UserRepositoryTest extends UserRepositoryContract {

  @Inject UserRepository users;

  @Override
  protected UserRepository users() {
    return users;
  }
}
