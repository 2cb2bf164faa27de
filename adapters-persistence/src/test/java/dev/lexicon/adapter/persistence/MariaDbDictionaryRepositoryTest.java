package dev.lexicon.adapter.persistence;

import dev.lexicon.application.contract.DictionaryRepositoryContract;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@MicronautTest(environments = "mariadb", transactional = false)
@EnabledIfSystemProperty(named = "lexicon.test.mysql.url", matches = ".+")
class MariaDbDictionaryRepositoryTest extends DictionaryRepositoryContract {

  @Inject DictionaryRepository entries;
  @Inject UserRepository users;

  @Override
  protected DictionaryRepository entries() {
    return entries;
  }

  @Override
  protected UserRepository users() {
    return users;
  }
}
