package dev.lexicon.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Path;
import java.util.Map;

@MicronautTest(transactional = false)
class GeneratedClientOnH2Test extends GeneratedClientSpec {

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    return Databases.h2();
  }
}
