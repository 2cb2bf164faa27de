package dev.lexicon.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = Databases.MYSQL_URL_PROPERTY, matches = ".+")
class CrashSafetyOnMariaDbTest extends CrashSafetySpec {

  /** The signing key goes in a file, as an operator keeps it, so both processes sign alike. */
  @Override
  Map<String, String> storeProperties(Path dataDir) throws IOException {
    Map<String, String> properties = new HashMap<>(Databases.mariaDb());
    Path key = dataDir.resolve("signing-key.pem");
    Files.writeString(key, properties.remove("lexicon.tokens.signing-key-pem"));
    properties.put("lexicon.tokens.signing-key-file", key.toString());
    properties.put("lexicon.data-dir", dataDir.toString());
    properties.put("micronaut.environments", "mysql");
    return properties;
  }

  @Override
  String storeName() {
    return "MariaDB";
  }
}
