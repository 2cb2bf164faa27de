package dev.lexicon.application.inmemory;

import dev.lexicon.application.contract.DictionaryRepositoryContract;
import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.InMemoryDictionaryRepository;
import dev.lexicon.application.testing.InMemoryUserRepository;

class InMemoryDictionaryRepositoryTest extends DictionaryRepositoryContract {

  private final DictionaryRepository entries = new InMemoryDictionaryRepository();
  private final UserRepository users = new InMemoryUserRepository();

  @Override
  protected DictionaryRepository entries() {
    return entries;
  }

  @Override
  protected UserRepository users() {
    return users;
  }
}
