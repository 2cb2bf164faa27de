package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS is off unless origins are configured (issue 4, point 7). */
@MicronautTest(transactional = false)
class CorsOnH2Test extends ApiTest {

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    return Databases.h2();
  }

  @Test
  void a_preflight_gets_no_cors_permission_by_default() {
    ApiResponse preflight =
        api.request("OPTIONS", "/api/v1/dictionary")
            .header("Origin", "https://app.example.com")
            .header("Access-Control-Request-Method", "GET")
            .send();

    assertTrue(preflight.header("Access-Control-Allow-Origin").isEmpty(), preflight::toString);
  }

  @Test
  void a_cross_origin_request_gets_no_cors_permission_by_default() {
    ApiResponse response =
        api.request("GET", "/.well-known/jwks.json")
            .header("Origin", "https://app.example.com")
            .send();

    assertTrue(response.header("Access-Control-Allow-Origin").isEmpty(), response::toString);
  }
}
