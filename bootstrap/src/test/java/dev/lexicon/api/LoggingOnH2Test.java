package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the service writes to its log (issue 4, point 3): one access line per request, the request
 * id on every line a request causes, and never a credential. Logging does not depend on the
 * database, so this runs on H2 only.
 */
@MicronautTest(transactional = false)
class LoggingOnH2Test extends ApiTest {

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    return Databases.h2();
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put(FailingController.ENABLED, "true");
    return properties;
  }

  static List<ILoggingEvent> accessLines(LogCapture logs, String requestId) {
    return logs.events().stream()
        .filter(event -> event.getLoggerName().equals("lexicon.access"))
        .filter(event -> event.getFormattedMessage().contains("request_id=" + requestId + " "))
        .toList();
  }

  @Test
  void a_request_gets_exactly_one_access_line() {
    TestUser user = newUser();
    try (LogCapture logs = new LogCapture()) {
      api.request("GET", "/api/v1/dictionary")
          .token(user.token())
          .header("X-Request-Id", "one-line-1")
          .send();

      assertEquals(1, accessLines(logs, "one-line-1").size(), logs.lines()::toString);
    }
  }

  @Test
  void the_access_line_names_method_route_status_duration_request_id_and_user() {
    TestUser user = newUser();
    try (LogCapture logs = new LogCapture()) {
      api.request("GET", "/api/v1/dictionary/" + namespace() + "missing")
          .token(user.token())
          .header("X-Request-Id", "access-line-1")
          .send();

      String line = accessLines(logs, "access-line-1").get(0).getFormattedMessage();
      assertTrue(
          Pattern.matches(
              "method=GET route=/api/v1/dictionary/\\{key:\\.\\+\\} status=404 duration_ms=\\d+"
                  + " request_id=access-line-1 user_id="
                  + Pattern.quote(user.id()),
              line),
          line);
    }
  }

  @Test
  void an_anonymous_request_is_logged_without_a_user() {
    try (LogCapture logs = new LogCapture()) {
      api.request("GET", "/api/v1/dictionary").header("X-Request-Id", "anonymous-1").send();

      assertTrue(
          accessLines(logs, "anonymous-1").get(0).getFormattedMessage().endsWith("user_id=-"),
          logs.lines()::toString);
    }
  }

  @Test
  void a_request_the_http_decoder_refuses_is_logged_too() {
    RawHttp raw = new RawHttp(server.getURL(), jsonMapper);
    try (LogCapture logs = new LogCapture()) {
      ApiResponse refused =
          raw.send(
              "GET /health HTTP/1.1\r\nHost: x\r\nNoColonHere\r\nConnection: close\r\n\r\n",
              new byte[0]);

      assertEquals(1, accessLines(logs, refused.header("X-Request-Id").orElseThrow()).size());
    }
  }

  @Test
  void a_request_the_strict_http_rules_refuse_is_logged_once_under_the_id_it_was_given() {
    RawHttp raw = new RawHttp(server.getURL(), jsonMapper);
    try (LogCapture logs = new LogCapture()) {
      ApiResponse refused = raw.send("GET /health HTTP/1.1\r\n\r\n", new byte[0]);

      assertEquals(1, accessLines(logs, refused.header("X-Request-Id").orElseThrow()).size());
    }
  }

  @Test
  void a_refused_request_writes_no_error_line() {
    RawHttp raw = new RawHttp(server.getURL(), jsonMapper);
    try (LogCapture logs = new LogCapture()) {
      raw.send("GET /health HTTP/2.0\r\nHost: x\r\n\r\n", new byte[0]);
      raw.send(
          "GET /health HTTP/1.1\r\nHost: x\r\nX-Pad: " + "a".repeat(9_000) + "\r\n\r\n",
          new byte[0]);
      raw.send("GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 1\r\n\r\nx", new byte[0]);

      assertTrue(
          logs.events().stream().noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN)),
          logs.lines()::toString);
    }
  }

  @Test
  void an_unexpected_failure_is_logged_under_the_request_id_its_problem_names() {
    try (LogCapture logs = new LogCapture()) {
      ApiResponse failure = api.request("GET", "/test-only/failure").send();

      String requestId = failure.text("requestId");
      assertTrue(
          logs.events().stream()
              .anyMatch(
                  event ->
                      event.getLevel() == Level.ERROR
                          && requestId.equals(event.getMDCPropertyMap().get("requestId"))
                          && event.getThrowableProxy() != null),
          logs.lines()::toString);
    }
  }

  @Test
  void no_password_token_or_authorization_header_reaches_any_log_line() {
    List<String> secrets = new ArrayList<>();
    List<String> lines;
    try (LogCapture logs = new LogCapture()) {
      String username = unique("u");
      String password = "Secret-" + unique("pw") + " kettle";
      secrets.add(password);
      register(username, username + "@example.com", password);
      ApiResponse loggedIn = logIn(username, password);
      String accessToken = loggedIn.text("access_token");
      String refreshToken = loggedIn.text("refresh_token");
      secrets.add(accessToken);
      secrets.add(refreshToken);
      logIn(username, password + "-wrong");
      logIn(username + "@example.com", password);
      api.request("PUT", "/api/v1/dictionary/" + namespace() + "k")
          .token(accessToken)
          .json(Map.of("value", "v"))
          .send();
      api.request("GET", "/api/v1/dictionary").token(accessToken + "x").send();
      api.request("GET", "/api/v1/dictionary").header("Authorization", "Basic dXNlcjpwYXNz").send();
      api.request("POST", "/api/v1/auth/login")
          .json("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"")
          .send();
      api.request("POST", "/api/v1/auth/login").body("text/plain", password).send();
      api.request("GET", "/test-only/failure").token(accessToken).send();
      lines = logs.lines();
    }

    assertFalse(lines.isEmpty());
    for (String line : lines) {
      for (String secret : secrets) {
        assertFalse(line.contains(secret), line);
      }
      assertFalse(line.contains("Bearer "), line);
      assertFalse(line.contains("Basic dXNlcjpwYXNz"), line);
      assertFalse(line.toLowerCase(Locale.ROOT).contains("authorization:"), line);
    }
  }
}
