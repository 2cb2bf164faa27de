package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every API suite shares: the running service, a client, and fresh users. Each test makes its
 * own users and keys, so the suites can share one database. A subclass names the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTest implements TestPropertyProvider {

  static final String ISSUER = "lexicon-api-test";
  static final String PASSWORD = "violet kettle drums at dawn";

  @Inject EmbeddedServer server;
  @Inject JsonMapper jsonMapper;

  /**
   * The service's data directory, one per test class: JUnit creates it before the class's context
   * starts and deletes it, with the H2 database and the signing key in it, after the context stops.
   */
  @TempDir static Path dataDir;

  ApiClient api;
  private Map<String, String> databaseProperties;
  private Map<String, String> properties;

  /** The configuration that points the service at the database under test. */
  abstract Map<String, String> databaseProperties(Path dataDir);

  @Override
  public Map<String, String> getProperties() {
    databaseProperties = databaseProperties(dataDir);
    Map<String, String> properties = new HashMap<>(databaseProperties);
    properties.put("lexicon.data-dir", dataDir.toString());
    properties.put("lexicon.tokens.issuer", ISSUER);
    properties.put("micronaut.server.port", "-1");
    // The suites fire bursts of logins to test other rules; on a slow, shared machine a burst may
    // take longer than the default 2 s to check, and a 503 would fail them for the wrong reason.
    // PasswordCheckLimitOnH2Test tests the wait itself.
    properties.put("lexicon.password-hash.max-wait", "10s");
    this.properties = Map.copyOf(properties);
    return properties;
  }

  /** The configuration the service under test runs with, to start another on the same data. */
  Map<String, Object> configuration() {
    return new HashMap<>(properties);
  }

  @BeforeAll
  void connect() {
    api = new ApiClient(server.getURL(), jsonMapper);
  }

  /** The PEM of the key the service signs with: configured, or generated in the data directory. */
  String signingKeyPem() throws IOException {
    String configured = databaseProperties.get("lexicon.tokens.signing-key-pem");
    return configured != null
        ? configured
        : Files.readString(dataDir.resolve("token-signing-key.pem"));
  }

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** A key namespace no other test writes under. */
  static String namespace() {
    return unique("ns") + "/";
  }

  record TestUser(String id, String username, String email, String token) {}

  ApiResponse register(String username, String email, String password) {
    return api.request("POST", "/api/v1/auth/register")
        .json(Map.of("username", username, "email", email, "password", password))
        .send();
  }

  ApiResponse logIn(String login, String password) {
    return api.request("POST", "/api/v1/auth/login")
        .json(Map.of("username", login, "password", password))
        .send();
  }

  TestUser newUser() {
    String username = unique("u");
    String email = username + "@example.com";
    ApiResponse registered = register(username, email, PASSWORD);
    assertEquals(201, registered.status(), registered::toString);
    ApiResponse loggedIn = logIn(username, PASSWORD);
    assertEquals(200, loggedIn.status(), loggedIn::toString);
    return new TestUser(registered.text("id"), username, email, loggedIn.text("access_token"));
  }

  /** What a login or a refresh hands out. */
  record Tokens(String access, String refresh) {

    static Tokens of(ApiResponse response) {
      assertEquals(200, response.status(), response::toString);
      return new Tokens(response.text("access_token"), response.text("refresh_token"));
    }
  }

  /** A new login of a user made with {@link #newUser()}: a session of its own. */
  Tokens logInAgain(TestUser user) {
    return Tokens.of(logIn(user.username(), PASSWORD));
  }

  ApiResponse refresh(String refreshToken) {
    return api.request("POST", "/api/v1/auth/refresh")
        .json(Map.of("refresh_token", refreshToken))
        .send();
  }

  ApiResponse me(String accessToken) {
    return api.request("GET", "/api/v1/users/me").token(accessToken).send();
  }

  interface Attempt<T> {
    T run(int i) throws Exception;
  }

  /** Runs the attempts on threads of their own, all released at the same moment. */
  static <T> List<T> concurrently(int count, Attempt<T> attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> running = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        running.add(
            pool.submit(
                () -> {
                  go.await();
                  return attempt.run(n);
                }));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> result : running) {
        results.add(result.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  /** RFC 9110 section 5.6.7: a two-digit day, always GMT. */
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  /** One Date header, in IMF-fixdate, within seconds of now. */
  static void assertDatedNow(ApiResponse response) {
    List<String> dates = response.headers().allValues("Date");
    assertEquals(1, dates.size(), response::toString);
    Instant date = IMF_FIXDATE.parse(dates.get(0), Instant::from);
    Duration off = Duration.between(date, Instant.now()).abs();
    assertTrue(off.compareTo(Duration.ofSeconds(5)) < 0, () -> dates + " is " + off + " off");
  }

  /** RFC 9457: the media type, the four members, and a status that agrees with the response. */
  static void assertProblem(int status, ApiResponse response) {
    assertEquals(status, response.status(), response::toString);
    assertEquals(
        "application/problem+json", response.header("Content-Type").orElse(""), response::toString);
    assertNotNull(response.json(), response::toString);
    assertEquals(status, response.json().get("status").getIntValue(), response::toString);
    assertFalse(response.text("type").isBlank(), response::toString);
    assertFalse(response.text("title").isBlank(), response::toString);
    assertFalse(response.text("detail").isBlank(), response::toString);
    assertTrue(leaksNothing(response.body()), response::toString);
  }

  /** A 400 whose errors name exactly this field (once or more), and no other. */
  static void assertInvalid(String field, ApiResponse response) {
    assertProblem(400, response);
    var errors = response.json().get("errors");
    assertNotNull(errors, response::toString);
    assertTrue(errors.size() > 0, response::toString);
    for (var error : errors.values()) {
      assertEquals(field, error.get("field").getStringValue(), response::toString);
      assertFalse(error.get("message").getStringValue().isBlank(), response::toString);
    }
  }

  /** No stack trace, class name or SQL reaches a client. */
  static boolean leaksNothing(String body) {
    return !body.contains("Exception")
        && !body.contains("dev.lexicon")
        && !body.contains("io.micronaut")
        && !body.contains("java.")
        && !body.contains("\tat ")
        && !body.toUpperCase(java.util.Locale.ROOT).contains("SELECT ")
        && !body.toUpperCase(java.util.Locale.ROOT).contains("INSERT ");
  }
}
