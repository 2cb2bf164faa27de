package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI description and the explorer (issue 4, point 6). The description is generated at
 * build time and is the same on every database, so this runs on H2 only.
 */
@MicronautTest(transactional = false)
class OpenApiOnH2Test extends ApiTest {

  static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

  @Inject Router router;

  Map<String, Object> spec;

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    return Databases.h2();
  }

  @BeforeAll
  void readSpec() {
    spec = new Yaml().load(api.request("GET", "/openapi.yml").send().body());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  Map<String, Object> paths() {
    return map(spec.get("paths"));
  }

  Map<String, Object> operation(String path, String method) {
    Map<String, Object> item = map(paths().get(path));
    assertNotNull(item, path);
    return map(item.get(method));
  }

  /** The router's template in OpenAPI's spelling: {key:.+} and {+key} are both {key}. */
  static String openApiPath(String template) {
    return template.replaceAll("\\{[+]?([A-Za-z0-9_]+)(:[^}]*)?}", "{$1}");
  }

  @Test
  void the_description_is_served_as_yaml() {
    ApiResponse response = api.request("GET", "/openapi.yml").send();

    assertEquals(200, response.status());
    assertEquals("application/yaml", response.header("Content-Type").orElse(""));
    assertTrue(String.valueOf(spec.get("openapi")).startsWith("3."), response::toString);
  }

  @Test
  void every_route_the_service_serves_is_described() {
    List<String> missing = new ArrayList<>();
    router
        .uriRoutes()
        // HEAD is implied by every GET (RFC 9110), and OpenAPI leaves it unsaid.
        .filter(route -> !route.getHttpMethodName().equals("HEAD"))
        .forEach(
            route -> {
              String path = openApiPath(route.getUriMatchTemplate().toPathString());
              String method = route.getHttpMethodName().toLowerCase(Locale.ROOT);
              Object item = paths().get(path);
              if (item == null || map(item).get(method) == null) {
                missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
              }
            });

    assertEquals(List.of(), missing, "routes missing from /openapi.yml");
  }

  @Test
  void the_router_serves_the_api_that_the_description_is_checked_against() {
    // The control for the test above: an empty router would leave nothing missing.
    List<String> routes = new ArrayList<>();
    router.uriRoutes().forEach(route -> routes.add(route.getUriMatchTemplate().toPathString()));

    assertTrue(routes.contains("/api/v1/auth/register"), routes::toString);
    assertTrue(routes.contains("/health"), routes::toString);
  }

  @Test
  void every_api_operation_describes_its_errors_as_problem_json() {
    List<String> undescribed = new ArrayList<>();
    paths()
        .forEach(
            (path, item) ->
                map(item)
                    .forEach(
                        (method, operation) -> {
                          if (path.startsWith("/api/") && METHODS.contains(method)) {
                            Map<String, Object> responses = map(map(operation).get("responses"));
                            for (String status : List.of("400", "500")) {
                              Object response = responses.get(status);
                              if (response == null
                                  || !map(map(response).get("content"))
                                      .containsKey("application/problem+json")) {
                                undescribed.add(method + " " + path + " " + status);
                              }
                            }
                          }
                        }));

    assertEquals(List.of(), undescribed);
  }

  @Test
  void the_problem_schema_has_the_rfc_9457_members_and_errors() {
    Map<String, Object> problem =
        map(map(map(map(spec.get("components")).get("schemas")).get("Problem")).get("properties"));

    assertTrue(
        problem.keySet().containsAll(List.of("type", "title", "status", "detail", "errors")),
        problem::toString);
  }

  @Test
  void the_bearer_scheme_is_http_bearer_with_jwt() {
    Map<String, Object> bearer =
        map(map(map(spec.get("components")).get("securitySchemes")).get("bearer"));

    assertEquals("http", bearer.get("type"));
    assertEquals("bearer", bearer.get("scheme"));
    assertEquals("JWT", bearer.get("bearerFormat"));
  }

  @Test
  void the_dictionary_requires_the_bearer_scheme() {
    for (String method : List.of("get", "put", "delete")) {
      assertEquals(
          List.of(Map.of("bearer", List.of())),
          operation("/api/v1/dictionary/{key}", method).get("security"),
          method);
    }
  }

  @Test
  void registering_and_logging_in_require_no_token() {
    assertEquals(null, operation("/api/v1/auth/register", "post").get("security"));
    assertEquals(null, operation("/api/v1/auth/login", "post").get("security"));
  }

  @Test
  void the_request_body_of_a_registration_is_described_field_by_field() {
    Map<String, Object> registerRequest =
        map(
            map(map(map(spec.get("components")).get("schemas")).get("RegisterRequest"))
                .get("properties"));

    assertEquals(Map.of("type", "string", "nullable", true), registerRequest.get("password"));
  }

  @Test
  void a_registration_answers_201_with_the_user() {
    Map<String, Object> created =
        map(map(operation("/api/v1/auth/register", "post").get("responses")).get("201"));

    assertEquals(
        "#/components/schemas/UserResponse",
        map(map(map(created.get("content")).get("application/json")).get("schema")).get("$ref"));
  }

  @Test
  void the_explorer_page_loads_the_description_and_its_own_scripts_from_this_service() {
    ApiResponse page = api.request("GET", "/docs").send();

    assertEquals(200, page.status());
    assertTrue(page.body().contains("/openapi.yml"), page::toString);
    assertTrue(page.body().contains("/docs/res/"), page::toString);
  }

  @Test
  void the_explorer_scripts_are_served_without_a_token() {
    ApiResponse script = api.request("GET", "/docs/res/swagger-ui-bundle.js").send();

    assertEquals(200, script.status());
    assertTrue(script.body().length() > 100_000, "the Swagger UI bundle");
  }
}
