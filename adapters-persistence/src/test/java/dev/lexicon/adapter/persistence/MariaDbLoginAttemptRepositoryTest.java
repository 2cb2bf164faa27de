package dev.lexicon.adapter.persistence;

import dev.lexicon.application.contract.LoginAttemptRepositoryContract;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@MicronautTest(environments = "mariadb", transactional = false)
@EnabledIfSystemProperty(named = "lexicon.test.mysql.url", matches = ".+")
class MariaDbLoginAttemptRepositoryTest extends LoginAttemptRepositoryContract {

  @Inject LoginAttemptRepository attempts;

  @Override
  protected LoginAttemptRepository attempts() {
    return attempts;
  }
}
