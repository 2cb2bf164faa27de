package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * API.md, Errors (503) and Operations (readiness): the service reaches its database through a
 * {@link TcpProxy}, which the tests cut and restore, as an outage of the database server would,
 * while the service keeps running.
 */
abstract class DatabaseOutageApiSpec extends ApiTest {

  /** Long enough for the pool to reconnect and the health check to see it on a busy machine. */
  static final Duration RECOVERY = Duration.ofSeconds(60);

  /** A few probes: how soon readiness must notice that the database went away. */
  static final Duration OUTAGE_NOTICED = Duration.ofSeconds(10);

  TcpProxy proxy;
  TestUser user;

  /**
   * The pool gives up waiting for a connection after two seconds here (five in production), so the
   * outage shows quickly.
   */
  static Map<String, String> poolProperties() {
    return Map.of(
        "datasources.default.connection-timeout", "2000",
        "datasources.default.validation-timeout", "1000");
  }

  /**
   * A probe asks every few seconds. Asking in a tight loop would keep handing out the same pooled
   * connection, broken by the outage: HikariCP skips its liveness check on a connection used within
   * the last half second.
   */
  static void pauseLikeAProbe() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  int readinessOnceItChangesFrom(int status, Duration atMost) {
    Instant deadline = Instant.now().plus(atMost);
    int readiness = api.request("GET", "/health/readiness").send().status();
    while (readiness == status && Instant.now().isBefore(deadline)) {
      pauseLikeAProbe();
      readiness = api.request("GET", "/health/readiness").send().status();
    }
    return readiness;
  }

  @BeforeAll
  void user() {
    user = newUser();
  }

  @AfterAll
  void closeProxy() {
    proxy.close();
  }

  @Test
  void readiness_is_down_while_the_database_is_unreachable() {
    proxy.cut();
    try {
      assertEquals(503, api.request("GET", "/health/readiness").send().status());
    } finally {
      proxy.restore();
    }
  }

  @Test
  void liveness_stays_up_while_the_database_is_unreachable() {
    proxy.cut();
    try {
      assertEquals(200, api.request("GET", "/health/liveness").send().status());
    } finally {
      proxy.restore();
    }
  }

  @Test
  void a_read_while_the_database_is_unreachable_is_a_503_problem_saying_when_to_retry() {
    proxy.cut();
    try {
      ApiResponse response = api.request("GET", "/api/v1/dictionary").token(user.token()).send();

      assertProblem(503, response);
      assertEquals("5", response.header("Retry-After").orElse(""), response::toString);
    } finally {
      proxy.restore();
    }
  }

  @Test
  void a_registration_while_the_database_is_unreachable_is_a_503_problem() {
    proxy.cut();
    try {
      assertProblem(503, register(unique("u"), unique("e") + "@example.com", PASSWORD));
    } finally {
      proxy.restore();
    }
  }

  @Test
  void readiness_and_the_api_come_back_by_themselves_when_the_database_does() {
    proxy.cut();
    // A pooled connection used within the last half second is handed out unchecked, so the
    // first probe after the cut may still pass; the outage must show by the next ones.
    assertEquals(503, readinessOnceItChangesFrom(200, OUTAGE_NOTICED));
    proxy.restore();

    Instant deadline = Instant.now().plus(RECOVERY);
    int readiness;
    do {
      pauseLikeAProbe();
      readiness = api.request("GET", "/health/readiness").send().status();
    } while (readiness != 200 && Instant.now().isBefore(deadline));

    assertEquals(200, readiness);
    assertEquals(200, api.request("GET", "/api/v1/dictionary").token(user.token()).send().status());
  }
}
