package dev.lexicon.adapter.persistence;

import dev.lexicon.application.contract.RefreshTokenRepositoryContract;
import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@MicronautTest(environments = "mariadb", transactional = false)
@EnabledIfSystemProperty(named = "lexicon.test.mysql.url", matches = ".+")
class MariaDbRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {

  @Inject RefreshTokenRepository refreshTokens;
  @Inject SessionRepository sessions;
  @Inject UserRepository users;

  @Override
  protected RefreshTokenRepository refreshTokens() {
    return refreshTokens;
  }

  @Override
  protected SessionRepository sessions() {
    return sessions;
  }

  @Override
  protected UserRepository users() {
    return users;
  }
}
