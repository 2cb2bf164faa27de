package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md names every route the service serves, and no route it does not. A route is named as a
 * code span of its method and path template in OpenAPI's spelling, such as {@code `GET
 * /api/v1/dictionary/{key}`}; the routes are listed from the router, as the OpenAPI test lists
 * them, so a route added without a word in the documentation fails here.
 */
@MicronautTest(transactional = false)
class ApiDocumentationOnH2Test extends ApiTest {

  /**
   * Maven runs the tests in the module's directory, so the repository's docs folder is one up: the
   * test reads the file as committed, in a plain {@code ./mvnw verify}.
   */
  static final Path API_DOCUMENTATION = Path.of("..", "docs", "api.md");

  private static final Pattern ROUTE_SPAN =
      Pattern.compile("`(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (/[^`\\s?]*)`");

  @Inject Router router;

  String documentation;

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    return Databases.h2();
  }

  @BeforeAll
  void readDocumentation() throws IOException {
    documentation = Files.readString(API_DOCUMENTATION);
  }

  /** What the router serves, HEAD left out: it goes with every GET (RFC 9110). */
  Set<String> servedRoutes() {
    return router
        .uriRoutes()
        .filter(route -> !route.getHttpMethodName().equals("HEAD"))
        .map(
            route ->
                route.getHttpMethodName().toUpperCase(Locale.ROOT)
                    + " "
                    + OpenApiOnH2Test.openApiPath(route.getUriMatchTemplate().toPathString()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  Set<String> documentedRoutes() {
    Set<String> routes = new TreeSet<>();
    Matcher span = ROUTE_SPAN.matcher(documentation);
    while (span.find()) {
      routes.add(span.group(1) + " " + span.group(2));
    }
    return routes;
  }

  @Test
  void every_route_the_service_serves_is_documented() {
    Set<String> undocumented = servedRoutes();
    undocumented.removeAll(documentedRoutes());

    assertEquals(Set.of(), undocumented, "routes that " + API_DOCUMENTATION + " does not name");
  }

  @Test
  void every_route_the_documentation_names_is_served() {
    Set<String> unserved = documentedRoutes();
    unserved.removeAll(servedRoutes());

    assertEquals(Set.of(), unserved, "routes " + API_DOCUMENTATION + " names that do not exist");
  }

  @Test
  void the_router_lists_the_api_routes_the_documentation_is_checked_against() {
    // The control for the tests above: an empty route list would leave nothing undocumented.
    Set<String> served = servedRoutes();

    assertTrue(served.contains("POST /api/v1/auth/register"), served::toString);
    assertTrue(served.contains("GET /api/v1/dictionary/{key}"), served::toString);
  }
}
