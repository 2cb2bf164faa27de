package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With allowed origins configured, those origins and no others may call the API from a browser. */
@MicronautTest(transactional = false)
class CorsConfiguredOnH2Test extends ApiTest {

  static final String ALLOWED = "https://app.example.com";

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    return Databases.h2();
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("lexicon.cors.allowed-origins", ALLOWED + ", https://admin.example.com");
    return properties;
  }

  ApiResponse preflight(String origin) {
    return api.request("OPTIONS", "/api/v1/dictionary/some/key")
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
        .send();
  }

  @Test
  void a_preflight_from_an_allowed_origin_is_permitted() {
    ApiResponse preflight = preflight(ALLOWED);

    assertEquals(200, preflight.status(), preflight::toString);
    assertEquals(ALLOWED, preflight.header("Access-Control-Allow-Origin").orElse(""));
  }

  @Test
  void a_preflight_from_the_second_allowed_origin_is_permitted() {
    assertEquals(
        "https://admin.example.com",
        preflight("https://admin.example.com").header("Access-Control-Allow-Origin").orElse(""));
  }

  @Test
  void a_preflight_from_another_origin_gets_no_permission() {
    ApiResponse preflight = preflight("https://evil.example.com");

    assertTrue(preflight.header("Access-Control-Allow-Origin").isEmpty(), preflight::toString);
  }

  @Test
  void the_response_headers_a_client_needs_are_readable_cross_origin() {
    ApiResponse response =
        api.request("GET", "/.well-known/jwks.json").header("Origin", ALLOWED).send();

    List<String> exposed =
        List.of(
            String.join(",", response.headers().allValues("Access-Control-Expose-Headers"))
                .toLowerCase(Locale.ROOT)
                .split(",\\s*"));
    assertTrue(
        exposed.containsAll(List.of("etag", "location", "x-request-id", "www-authenticate")),
        response::toString);
  }
}
