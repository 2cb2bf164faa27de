package dev.lexicon.adapter.persistence;

import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.Transactions;
import dev.lexicon.application.port.out.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@MicronautTest(environments = "mariadb", transactional = false)
@EnabledIfSystemProperty(named = "lexicon.test.mysql.url", matches = ".+")
class MariaDbJdbcAdapterTest extends JdbcAdapterContract {

  @Inject UserRepository users;
  @Inject DictionaryRepository entries;
  @Inject SessionRepository sessions;
  @Inject RefreshTokenRepository refreshTokens;
  @Inject Transactions transactions;

  @Override
  protected UserRepository users() {
    return users;
  }

  @Override
  protected DictionaryRepository entries() {
    return entries;
  }

  @Override
  protected SessionRepository sessions() {
    return sessions;
  }

  @Override
  protected RefreshTokenRepository refreshTokens() {
    return refreshTokens;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }
}
