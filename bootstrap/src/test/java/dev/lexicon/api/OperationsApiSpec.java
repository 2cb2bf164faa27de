package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * API.md, Operations: health, metrics and request ids; and the headers every response carries
 * (issue 4, points 1, 3, 4, 5 and 7).
 */
abstract class OperationsApiSpec extends ApiTest {

  static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  TestUser user;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put(FailingController.ENABLED, "true");
    return properties;
  }

  @BeforeAll
  void user() {
    user = newUser();
  }

  ApiResponse get(String path) {
    return api.request("GET", path).send();
  }

  String scrape() {
    ApiResponse response = get("/prometheus");
    assertEquals(200, response.status(), response::toString);
    return response.body();
  }

  // ---- health

  @Test
  void health_is_up_while_the_database_answers() {
    ApiResponse health = get("/health");

    assertEquals(200, health.status(), health::toString);
    assertEquals("UP", health.text("status"));
  }

  @Test
  void liveness_is_up() {
    assertEquals("UP", get("/health/liveness").text("status"));
  }

  @Test
  void readiness_is_up_while_the_database_answers() {
    ApiResponse readiness = get("/health/readiness");

    assertEquals(200, readiness.status(), readiness::toString);
    assertEquals("UP", readiness.text("status"));
  }

  @Test
  void health_tells_nothing_about_the_database_even_to_a_user() {
    ApiResponse health = api.request("GET", "/health").token(user.token()).send();

    assertEquals(Map.of("status", "UP").keySet(), DictionaryApiSpec.fieldNames(health.json()));
  }

  // ---- metrics

  @Test
  void metrics_are_in_the_prometheus_text_format() {
    ApiResponse response = get("/prometheus");

    assertTrue(
        response.header("Content-Type").orElse("").startsWith("text/plain"), response::toString);
    assertTrue(response.body().contains("# TYPE "), response::toString);
  }

  @Test
  void request_latency_is_a_histogram_by_route_and_status() {
    api.request("GET", "/api/v1/dictionary").token(user.token()).send();
    api.request("GET", "/api/v1/dictionary").send();

    String metrics = scrape();

    assertTrue(
        metrics.lines().anyMatch(series("http_server_requests_seconds_bucket", "200")), "200");
    assertTrue(
        metrics.lines().anyMatch(series("http_server_requests_seconds_bucket", "401")), "401");
  }

  @Test
  void a_method_http_does_not_define_is_counted_as_other() {
    api.request("FROB", "/api/v1/dictionary").token(user.token()).send();

    assertTrue(
        scrape().lines().anyMatch(line -> line.contains("method=\"OTHER\"")), "method=OTHER");
  }

  @Test
  void made_up_methods_open_no_series_of_their_own() {
    api.request("FROBA", "/api/v1/dictionary").send();
    api.request("FROBB", "/api/v1/dictionary").send();

    assertFalse(scrape().contains("method=\"FROB"), "a series per made-up method");
  }

  private static Predicate<String> series(String name, String status) {
    return line ->
        line.startsWith(name + "{")
            && line.contains("uri=\"/api/v1/dictionary\"")
            && line.contains("status=\"" + status + "\"")
            && line.contains("le=\"");
  }

  @Test
  void logins_are_counted_by_outcome() {
    double before = counter(scrape(), "lexicon_logins_total{outcome=\"bad_credentials\"}");
    logIn(user.username(), PASSWORD + "-wrong");

    String metrics = scrape();

    assertEquals(before + 1, counter(metrics, "lexicon_logins_total{outcome=\"bad_credentials\"}"));
    assertTrue(metrics.contains("lexicon_logins_total{outcome=\"success\"}"), "success");
    assertTrue(metrics.contains("lexicon_logins_total{outcome=\"locked\"}"), "locked");
  }

  @Test
  void logouts_are_counted_as_revocations() {
    TestUser someone = newUser();
    double before = counter(scrape(), "lexicon_token_revocations_total{reason=\"logout\"}");

    api.request("POST", "/api/v1/auth/logout").token(someone.token()).json("{}").send();

    assertEquals(
        before + 1, counter(scrape(), "lexicon_token_revocations_total{reason=\"logout\"}"));
  }

  @Test
  void refreshes_are_counted_by_outcome() {
    assertTrue(scrape().contains("lexicon_token_refreshes_total{outcome=\"refused\"}"));
  }

  private static double counter(String metrics, String series) {
    return metrics
        .lines()
        .filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no series " + series));
  }

  @Test
  void the_connection_pool_is_measured() {
    String metrics = scrape();

    for (String gauge :
        new String[] {
          "hikaricp_connections_active{",
          "hikaricp_connections_idle{",
          "hikaricp_connections_pending{",
          "hikaricp_connections_max{"
        }) {
      assertTrue(metrics.contains(gauge), gauge);
    }
  }

  @Test
  void the_jvm_is_measured() {
    String metrics = scrape();

    for (String gauge :
        new String[] {"jvm_memory_used_bytes{", "jvm_threads_live_threads", "jvm_gc_"}) {
      assertTrue(metrics.contains(gauge), gauge);
    }
  }

  // ---- request ids

  @Test
  void a_response_carries_a_generated_request_id() {
    String id = get("/.well-known/jwks.json").header("X-Request-Id").orElse("");

    assertTrue(UUID.matcher(id).matches(), id);
  }

  @Test
  void an_error_response_carries_a_request_id_too() {
    ApiResponse response = get("/api/v1/dictionary");

    assertEquals(401, response.status());
    assertTrue(UUID.matcher(response.header("X-Request-Id").orElse("")).matches());
  }

  @Test
  void each_request_gets_its_own_id() {
    assertNotEquals(
        get("/health").header("X-Request-Id").orElseThrow(),
        get("/health").header("X-Request-Id").orElseThrow());
  }

  @Test
  void a_sane_request_id_from_the_client_is_echoed() {
    ApiResponse response =
        api.request("GET", "/health").header("X-Request-Id", "edge-7f3a.19:42_b").send();

    assertEquals("edge-7f3a.19:42_b", response.header("X-Request-Id").orElse(""));
  }

  @Test
  void a_request_id_with_characters_that_could_forge_a_log_line_is_replaced() {
    ApiResponse response =
        api.request("GET", "/health").header("X-Request-Id", "abc\" user_id=admin").send();

    assertTrue(UUID.matcher(response.header("X-Request-Id").orElse("")).matches());
  }

  @Test
  void a_request_id_over_100_characters_is_replaced() {
    ApiResponse response =
        api.request("GET", "/health").header("X-Request-Id", "a".repeat(101)).send();

    assertTrue(UUID.matcher(response.header("X-Request-Id").orElse("")).matches());
  }

  @Test
  void an_unexpected_failure_is_a_500_problem_that_names_its_request_id() {
    ApiResponse response = get("/test-only/failure");

    assertProblem(500, response);
    assertEquals(response.header("X-Request-Id").orElseThrow(), response.text("requestId"));
  }

  @Test
  void a_refusal_carries_no_request_id_in_its_body() {
    ApiResponse response = get("/api/v1/dictionary");

    assertNull(response.json().get("requestId"), response::toString);
  }

  // ---- headers on every response

  @Test
  void a_success_forbids_content_sniffing() {
    assertEquals(
        "nosniff", get("/.well-known/jwks.json").header("X-Content-Type-Options").orElse(""));
  }

  @Test
  void an_error_forbids_content_sniffing() {
    assertEquals("nosniff", get("/no-such-thing").header("X-Content-Type-Options").orElse(""));
  }

  @Test
  void a_failed_login_is_not_stored_by_caches_either() {
    ApiResponse refused = logIn(user.username(), PASSWORD + "!");

    assertEquals("no-store", refused.header("Cache-Control").orElse(""), refused::toString);
  }

  @Test
  void every_response_is_dated_once_in_imf_fixdate() {
    for (ApiResponse response :
        new ApiResponse[] {
          get("/health"),
          api.request("GET", "/api/v1/users/me").token(user.token()).send(),
          get("/no-such-thing"),
          get("/api/v1/users/me"),
          get("/test-only/failure"),
          logIn("x", "y")
        }) {
      assertDatedNow(response);
    }
  }

  @Test
  void no_response_names_the_server_software() {
    for (ApiResponse response :
        new ApiResponse[] {
          get("/health"), get("/no-such-thing"), get("/test-only/failure"), logIn("x", "y")
        }) {
      assertTrue(response.header("Server").isEmpty(), response::toString);
    }
  }
}
