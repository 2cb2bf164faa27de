package dev.lexicon.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Path;
import java.util.Map;

@MicronautTest(transactional = false)
class AccountRaceApiOnH2Test extends AccountRaceApiSpec {

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    return Databases.h2();
  }
}
