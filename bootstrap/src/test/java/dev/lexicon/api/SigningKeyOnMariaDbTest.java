package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Outside the embedded default no key is made up: every instance must share the operator's. */
@EnabledIfSystemProperty(named = Databases.MYSQL_URL_PROPERTY, matches = ".+")
class SigningKeyOnMariaDbTest {

  @TempDir Path dataDir;

  @Test
  void without_a_configured_key_the_service_refuses_to_start_and_says_what_to_set() {
    Map<String, Object> properties = new HashMap<>(Databases.mariaDb());
    properties.remove("lexicon.tokens.signing-key-pem");
    properties.put("lexicon.data-dir", dataDir.toString());
    properties.put("micronaut.server.port", "-1");

    Exception failure =
        assertThrows(
            Exception.class,
            () -> ApplicationContext.run(EmbeddedServer.class, properties, "mysql").close());

    assertTrue(causes(failure).contains("LEXICON_SIGNING_KEY_FILE"), causes(failure));
    assertTrue(Files.notExists(dataDir.resolve("token-signing-key.pem")));
  }

  private static String causes(Throwable failure) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    return messages.toString();
  }
}
