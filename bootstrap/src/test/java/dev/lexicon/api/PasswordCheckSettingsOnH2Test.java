package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nonsensical password-check limit stops the service as it starts, not at the first login. */
class PasswordCheckSettingsOnH2Test {

  @TempDir Path dataDir;

  @Test
  void a_service_with_no_password_check_slot_does_not_start() {
    RuntimeException refused =
        assertThrows(
            RuntimeException.class, () -> start("lexicon.password-hash.max-concurrent", "0"));

    assertTrue(mentions(refused, "lexicon.password-hash.max-concurrent"), refused::toString);
  }

  @Test
  void a_service_that_would_keep_requests_waiting_longer_than_ten_seconds_does_not_start() {
    RuntimeException refused =
        assertThrows(RuntimeException.class, () -> start("lexicon.password-hash.max-wait", "11s"));

    assertTrue(mentions(refused, "lexicon.password-hash.max-wait"), refused::toString);
  }

  private void start(String name, String value) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("lexicon.data-dir", dataDir.toString());
    properties.put("micronaut.server.port", "-1");
    properties.put(name, value);
    ApplicationContext.run(EmbeddedServer.class, properties).close();
  }

  private static boolean mentions(Throwable thrown, String text) {
    return Stream.iterate(thrown, t -> t != null, Throwable::getCause)
        .anyMatch(t -> String.valueOf(t.getMessage()).contains(text));
  }
}
