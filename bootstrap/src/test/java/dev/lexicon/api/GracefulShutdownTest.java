package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM on the real process (issue 4, point 8): the service is started as its own JVM, a request
 * is left half-sent, and the process is asked to stop. The request then finishes, while new
 * connections are refused, and the process closes its pool and exits 0. The scenario runs once;
 * each test checks one thing it showed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GracefulShutdownTest {

  static final Duration STARTUP = Duration.ofSeconds(120);
  static final String PASSWORD = "violet kettle drums at dawn";

  private Process service;
  private Path log;

  /** Kept when a test fails, for the service's log in it. */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path dataDir;

  private int inFlightStatus;
  private boolean refusedNewConnections;
  private int exitCode;

  @BeforeAll
  void stopTheServiceWhileARequestIsInFlight() throws Exception {
    log = dataDir.resolve("service.log");
    int port = freePort();
    service = start(dataDir, port);
    URL base = new URL("http://127.0.0.1:" + port);
    awaitHealthy(base);
    ApiClient api = new ApiClient(base, JsonMapper.createDefault());
    String token = tokenOfANewUser(api);

    byte[] body = "{\"value\":\"finished after the signal\"}".getBytes(StandardCharsets.UTF_8);
    try (Socket inFlight = new Socket("127.0.0.1", port)) {
      inFlight.setSoTimeout(30_000);
      OutputStream out = inFlight.getOutputStream();
      out.write(
          ("PUT /api/v1/dictionary/shutdown/in-flight HTTP/1.1\r\nHost: localhost\r\n"
                  + "Authorization: Bearer "
                  + token
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(body, 0, 10);
      out.flush();

      service.destroy();
      refusedNewConnections = becomesUnreachable(port);

      out.write(body, 10, body.length - 10);
      out.flush();
      inFlightStatus = statusOf(inFlight.getInputStream());
    }
    assertTrue(service.waitFor(60, TimeUnit.SECONDS), "the service did not stop");
    exitCode = service.exitValue();
  }

  /** Waits for the kill, so that JUnit deletes the data directory of a process that is gone. */
  @AfterAll
  void killTheServiceIfItIsStillThere() throws InterruptedException {
    if (service != null) {
      service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void the_request_in_flight_when_the_signal_came_completes() {
    assertEquals(201, inFlightStatus);
  }

  @Test
  void new_connections_are_refused_once_the_signal_came() {
    assertTrue(refusedNewConnections);
  }

  @Test
  void the_connection_pool_is_closed() throws IOException {
    String output = Files.readString(log);

    assertTrue(output.contains("Shutdown completed"), output);
  }

  @Test
  void the_process_exits_with_status_0() {
    assertEquals(0, exitCode);
  }

  private Process start(Path dataDir, int port) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            // Without the tests' logback.configurationFile: the service's own logging.
            System.getProperty("java.class.path"),
            "dev.lexicon.Application");
    builder
        .environment()
        .putAll(
            Map.of(
                "LEXICON_PORT", String.valueOf(port),
                "LEXICON_DATA_DIR", dataDir.toString(),
                "LEXICON_SHUTDOWN_GRACE_PERIOD", "20s"));
    return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private void awaitHealthy(URL base) throws Exception {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      assertTrue(service.isAlive(), () -> "the service died: " + readLog());
      try (Socket probe = new Socket(base.getHost(), base.getPort())) {
        return;
      } catch (ConnectException notYet) {
        Thread.sleep(200);
      }
    }
    throw new AssertionError("the service did not start: " + readLog());
  }

  private static String tokenOfANewUser(ApiClient api) {
    String username = "shutdown" + System.nanoTime();
    ApiResponse registered =
        api.request("POST", "/api/v1/auth/register")
            .json(
                Map.of(
                    "username", username, "email", username + "@example.com", "password", PASSWORD))
            .send();
    assertEquals(201, registered.status(), registered::toString);
    return api.request("POST", "/api/v1/auth/login")
        .json(Map.of("username", username, "password", PASSWORD))
        .send()
        .text("access_token");
  }

  /** Whether connecting fails within ten seconds of the signal. */
  private static boolean becomesUnreachable(int port) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(deadline)) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        Thread.sleep(50);
      } catch (IOException refused) {
        return true;
      }
    }
    return false;
  }

  private static int statusOf(InputStream in) throws IOException {
    String head = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
    return Integer.parseInt(head.substring(9, 12));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private String readLog() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
