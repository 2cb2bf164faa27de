package dev.lexicon.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Path;
import java.util.Map;

@MicronautTest(transactional = false)
class HttpFramingOnH2Test extends HttpFramingApiSpec {

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    return Databases.h2();
  }
}
