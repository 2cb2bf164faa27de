package dev.lexicon.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@MicronautTest(environments = "mysql", transactional = false)
@EnabledIfSystemProperty(named = Databases.MYSQL_URL_PROPERTY, matches = ".+")
class GeneratedClientOnMariaDbTest extends GeneratedClientSpec {

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    return Databases.mariaDb();
  }
}
