package dev.lexicon.adapter.persistence;

import dev.lexicon.application.contract.SessionRepositoryContract;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@MicronautTest(environments = "mariadb", transactional = false)
@EnabledIfSystemProperty(named = "lexicon.test.mysql.url", matches = ".+")
class MariaDbSessionRepositoryTest extends SessionRepositoryContract {

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
