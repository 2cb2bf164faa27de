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

  /**
   * The described paths of one route. Health's selector names one of two probes, which the
   * description gives a path each, as clients call them.
   */
  static List<String> describedPaths(String template) {
    String path = openApiPath(template);
    return path.equals("/health/{selector}")
        ? List.of("/health/liveness", "/health/readiness")
        : List.of(path);
  }

  Map<String, Object> schema(String name) {
    return map(map(map(spec.get("components")).get("schemas")).get(name));
  }

  Map<String, Object> property(String schema, String property) {
    return map(map(schema(schema).get("properties")).get(property));
  }

  Map<String, Object> response(String path, String method, String status) {
    return map(map(operation(path, method).get("responses")).get(status));
  }

  /** Every operation of the description, as "METHOD path". */
  Map<String, Map<String, Object>> operations() {
    Map<String, Map<String, Object>> operations = new java.util.TreeMap<>();
    paths()
        .forEach(
            (path, item) ->
                map(item)
                    .forEach(
                        (method, operation) -> {
                          if (METHODS.contains(method)) {
                            operations.put(
                                method.toUpperCase(Locale.ROOT) + " " + path, map(operation));
                          }
                        }));
    return operations;
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
              String method = route.getHttpMethodName().toLowerCase(Locale.ROOT);
              for (String path : describedPaths(route.getUriMatchTemplate().toPathString())) {
                Object item = paths().get(path);
                if (item == null || map(item).get(method) == null) {
                  missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
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
  void every_operation_that_needs_no_token_says_so_with_an_empty_requirement() {
    List<String> open = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              if (List.of().equals(operation.get("security"))) {
                open.add(name);
              }
            });

    assertEquals(
        List.of(
            "GET /.well-known/jwks.json",
            "GET /docs",
            "GET /health",
            "GET /health/liveness",
            "GET /health/readiness",
            "GET /openapi.yml",
            "GET /prometheus",
            "POST /api/v1/auth/login",
            "POST /api/v1/auth/refresh",
            "POST /api/v1/auth/register"),
        open);
  }

  @Test
  void every_operation_with_a_token_requires_the_bearer_scheme_without_scopes() {
    List<String> wrong = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              Object security = operation.get("security");
              if (!List.of().equals(security)
                  && !List.of(Map.of("bearer", List.of())).equals(security)) {
                wrong.add(name + " " + security);
              }
            });

    assertEquals(List.of(), wrong);
    assertEquals(
        List.of(Map.of("bearer", List.of())),
        operation("/api/v1/users/{id}", "patch").get("security"));
  }

  @Test
  void the_request_body_of_a_registration_is_described_field_by_field() {
    Map<String, Object> registerRequest = schema("RegisterRequest");

    Map<String, Object> password = map(map(registerRequest.get("properties")).get("password"));

    assertEquals("string", password.get("type"));
    assertEquals("password", password.get("format"));
    assertEquals(8, password.get("minLength"));
    assertEquals(128, password.get("maxLength"));
    assertEquals(List.of("email", "password", "username"), registerRequest.get("required"));
  }

  @Test
  void no_request_field_is_described_as_nullable_unless_null_means_left_out() {
    List<String> nullable = new ArrayList<>();
    map(map(spec.get("components")).get("schemas"))
        .forEach(
            (name, schema) -> {
              Object properties = map(schema).get("properties");
              if (name.endsWith("Request") && properties != null) {
                map(properties)
                    .forEach(
                        (property, value) -> {
                          if (Boolean.TRUE.equals(map(value).get("nullable"))) {
                            nullable.add(name + "." + property);
                          }
                        });
              }
            });

    assertEquals(
        List.of(
            "AdministerUserRequest.isActive",
            "AdministerUserRequest.roles",
            "LogOutRequest.refresh_token"),
        nullable);
  }

  @Test
  void a_registration_answers_201_with_the_user_and_its_location() {
    Map<String, Object> created = response("/api/v1/auth/register", "post", "201");

    assertEquals(
        "#/components/schemas/User",
        map(map(map(created.get("content")).get("application/json")).get("schema")).get("$ref"));
    assertTrue(map(created.get("headers")).containsKey("Location"), created::toString);
  }

  @Test
  void every_operation_has_a_summary_a_readable_id_and_one_of_the_five_tags() {
    List<String> tags = List.of("auth", "users", "admin", "dictionary", "operations");
    List<String> wrong = new ArrayList<>();
    operations()
        .forEach(
            (name, operation) -> {
              Object summary = operation.get("summary");
              Object id = operation.get("operationId");
              Object operationTags = operation.get("tags");
              if (summary == null
                  || String.valueOf(summary).isBlank()
                  || id == null
                  || !String.valueOf(id).matches("[a-z][A-Za-z]+")
                  || !(operationTags instanceof List<?> list
                      && list.size() == 1
                      && tags.contains(list.get(0)))) {
                wrong.add(name);
              }
            });

    assertEquals(List.of(), wrong);
  }

  @Test
  void the_operations_have_the_agreed_ids() {
    Map<String, String> ids = new java.util.TreeMap<>();
    operations().forEach((name, operation) -> ids.put(name, (String) operation.get("operationId")));

    assertEquals(
        Map.ofEntries(
            Map.entry("POST /api/v1/auth/register", "register"),
            Map.entry("POST /api/v1/auth/login", "logIn"),
            Map.entry("POST /api/v1/auth/refresh", "refreshTokens"),
            Map.entry("POST /api/v1/auth/logout", "logOut"),
            Map.entry("GET /.well-known/jwks.json", "getJwks"),
            Map.entry("GET /api/v1/users/me", "getCurrentUser"),
            Map.entry("PATCH /api/v1/users/me", "changeEmail"),
            Map.entry("PUT /api/v1/users/me/password", "changePassword"),
            Map.entry("DELETE /api/v1/users/me", "deactivateAccount"),
            Map.entry("GET /api/v1/users", "listUsers"),
            Map.entry("GET /api/v1/users/{id}", "getUser"),
            Map.entry("PATCH /api/v1/users/{id}", "administerUser"),
            Map.entry("GET /api/v1/dictionary", "listEntries"),
            Map.entry("POST /api/v1/dictionary", "createEntry"),
            Map.entry("GET /api/v1/dictionary/{key}", "getEntry"),
            Map.entry("PUT /api/v1/dictionary/{key}", "putEntry"),
            Map.entry("DELETE /api/v1/dictionary/{key}", "deleteEntry"),
            Map.entry("GET /health", "getHealth"),
            Map.entry("GET /health/liveness", "getLiveness"),
            Map.entry("GET /health/readiness", "getReadiness"),
            Map.entry("GET /prometheus", "getMetrics"),
            Map.entry("GET /openapi.yml", "getOpenApiDescription"),
            Map.entry("GET /docs", "getApiExplorer")),
        ids);
  }

  @Test
  void the_description_names_a_relative_server_so_clients_take_a_base_url() {
    assertEquals("/", map(((List<?>) spec.get("servers")).get(0)).get("url"));
  }

  @Test
  void an_administrators_change_is_a_boolean_and_a_list_of_roles() {
    assertEquals("boolean", property("AdministerUserRequest", "isActive").get("type"));
    Map<String, Object> roles = property("AdministerUserRequest", "roles");
    assertEquals("array", roles.get("type"));
    assertEquals("#/components/schemas/Role", map(roles.get("items")).get("$ref"));
    assertEquals(List.of("USER", "ADMIN"), schema("Role").get("enum"));
  }

  @Test
  void a_page_limit_is_an_integer_from_1_to_1000() {
    for (String path : List.of("/api/v1/dictionary", "/api/v1/users")) {
      Object limit =
          ((List<?>) operation(path, "get").get("parameters"))
              .stream()
                  .map(OpenApiOnH2Test::map)
                  .filter(parameter -> "limit".equals(parameter.get("name")))
                  .findFirst()
                  .orElseThrow();
      Map<String, Object> schema = map(map(limit).get("schema"));

      assertEquals("integer", schema.get("type"), path);
      assertEquals(1, schema.get("minimum"), path);
      assertEquals(1000, schema.get("maximum"), path);
    }
  }

  @Test
  void the_conditional_headers_are_parameters_where_they_are_honoured() {
    assertEquals(List.of("If-None-Match"), headerParameters("/api/v1/dictionary/{key}", "get"));
    assertEquals(
        List.of("If-Match", "If-None-Match"), headerParameters("/api/v1/dictionary/{key}", "put"));
    assertEquals(List.of("If-Match"), headerParameters("/api/v1/dictionary/{key}", "delete"));
  }

  List<String> headerParameters(String path, String method) {
    return ((List<?>) operation(path, method).get("parameters"))
        .stream()
            .map(OpenApiOnH2Test::map)
            .filter(parameter -> "header".equals(parameter.get("in")))
            .map(parameter -> (String) parameter.get("name"))
            .toList();
  }

  @Test
  void every_answer_that_carries_an_entry_declares_its_etag() {
    for (List<String> answer :
        List.of(
            List.of("/api/v1/dictionary/{key}", "get", "200"),
            List.of("/api/v1/dictionary/{key}", "put", "200"),
            List.of("/api/v1/dictionary/{key}", "put", "201"),
            List.of("/api/v1/dictionary", "post", "201"))) {
      Map<String, Object> response = response(answer.get(0), answer.get(1), answer.get(2));

      assertTrue(map(response.get("headers")).containsKey("ETag"), answer::toString);
    }
    assertTrue(
        map(response("/api/v1/dictionary", "post", "201").get("headers")).containsKey("Location"));
    assertTrue(
        map(response("/api/v1/dictionary/{key}", "put", "201").get("headers"))
            .containsKey("Location"));
  }

  @Test
  void the_routes_that_answer_without_a_body_are_described_as_204_alone() {
    for (List<String> route :
        List.of(
            List.of("/api/v1/dictionary/{key}", "delete"),
            List.of("/api/v1/auth/logout", "post"),
            List.of("/api/v1/users/me/password", "put"),
            List.of("/api/v1/users/me", "delete"))) {
      Map<String, Object> responses = map(operation(route.get(0), route.get(1)).get("responses"));

      assertTrue(responses.containsKey("204"), route::toString);
      assertEquals(null, map(responses.get("204")).get("content"), route::toString);
      assertTrue(
          responses.keySet().stream()
              .noneMatch(status -> status.startsWith("20") && !status.equals("204")),
          route::toString);
    }
  }

  @Test
  void timestamps_are_date_times() {
    for (List<String> field :
        List.of(
            List.of("Entry", "createdAt"),
            List.of("Entry", "updatedAt"),
            List.of("User", "dateJoined"),
            List.of("User", "lastLogin"))) {
      assertEquals(
          "date-time", property(field.get(0), field.get(1)).get("format"), field::toString);
    }
  }

  @Test
  void the_key_set_and_health_are_described_as_the_objects_they_are() {
    assertEquals(
        "#/components/schemas/JwkSet",
        map(map(map(response("/.well-known/jwks.json", "get", "200").get("content"))
                    .get("application/json"))
                .get("schema"))
            .get("$ref"));
    assertEquals(
        "#/components/schemas/Jwk", map(property("JwkSet", "keys").get("items")).get("$ref"));
    assertEquals(List.of("UP", "DOWN"), property("Health", "status").get("enum"));
    assertEquals(
        "#/components/schemas/Health",
        map(map(map(response("/health/readiness", "get", "503").get("content"))
                    .get("application/json"))
                .get("schema"))
            .get("$ref"));
  }

  @Test
  void refresh_describes_its_401_and_login_its_429() {
    assertNotNull(response("/api/v1/auth/refresh", "post", "401"));
    assertNotNull(response("/api/v1/auth/login", "post", "429"));
    assertNotNull(response("/api/v1/auth/login", "post", "503"));
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
