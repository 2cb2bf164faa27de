package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps the key it generates, so a restart does not log everyone out. */
class SigningKeyOnH2Test {

  @TempDir Path dataDir;

  @Test
  void a_token_issued_before_a_restart_is_accepted_after_it() {
    String token;
    try (EmbeddedServer first = start()) {
      ApiClient api = client(first);
      String username = ApiTest.unique("u");
      api.request("POST", "/api/v1/auth/register")
          .json(
              Map.of(
                  "username",
                  username,
                  "email",
                  username + "@example.com",
                  "password",
                  ApiTest.PASSWORD))
          .send();
      token =
          api.request("POST", "/api/v1/auth/login")
              .json(Map.of("username", username, "password", ApiTest.PASSWORD))
              .send()
              .text("access_token");
    }

    try (EmbeddedServer restarted = start()) {
      assertEquals(
          200, client(restarted).request("GET", "/api/v1/dictionary").token(token).send().status());
    }
  }

  @Test
  void the_generated_key_is_readable_by_its_owner_only() throws Exception {
    try (EmbeddedServer server = start()) {
      Path key = dataDir.resolve("token-signing-key.pem");

      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }
  }

  private EmbeddedServer start() {
    return ApplicationContext.run(
        EmbeddedServer.class,
        Map.of("lexicon.data-dir", dataDir.toString(), "micronaut.server.port", "-1"));
  }

  private static ApiClient client(EmbeddedServer server) {
    return new ApiClient(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
  }
}
