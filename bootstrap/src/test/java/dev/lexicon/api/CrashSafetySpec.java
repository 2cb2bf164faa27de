package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: a client that got a 2xx for a write finds it after any crash of the process. Writers on
 * several threads record every acknowledgement; account changes are acknowledged just before the
 * process is killed with SIGKILL; a new process then starts on the same store, and every
 * acknowledgement is checked against what it serves.
 */
abstract class CrashSafetySpec {

  private static final int WRITERS = 8;
  private static final long WRITING_MILLIS = 5_000;
  private static final String PASSWORD = ApiTest.PASSWORD;
  private static final String NEW_PASSWORD = "amber lanterns over rivers";

  /** The service's configuration for the store under test, as system properties. */
  abstract Map<String, String> storeProperties(Path dataDir) throws IOException;

  abstract String storeName();

  @Test
  void every_write_acknowledged_before_a_kill_9_is_served_after_the_restart(
      @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dataDir) throws Exception {
    Path log = dataDir.resolve("service.log");
    Map<String, String> properties = storeProperties(dataDir);
    Ledger ledger = new Ledger();
    Accounts accounts;

    try (ServiceProcess first = ServiceProcess.start(properties, log)) {
      ApiClient api = first.client();
      String writer = newUser(api).tokens().access();
      accounts = Accounts.prepare(api);
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
      List<Future<?>> writers = new ArrayList<>();
      String namespace = ApiTest.namespace();
      for (int t = 0; t < WRITERS; t++) {
        String prefix = namespace + t + "/";
        writers.add(pool.submit(() -> write(api, writer, prefix, ledger, running)));
      }
      Thread.sleep(WRITING_MILLIS);
      accounts.changeJustBeforeTheCrash(api);
      first.kill();
      running.set(false);
      for (Future<?> loop : writers) {
        loop.get();
      }
      pool.shutdown();
    }

    try (ServiceProcess second = ServiceProcess.start(properties, log)) {
      ApiClient api = second.client();
      List<String> lost = ledger.missingFrom(api);
      lost.addAll(accounts.missingFrom(api));
      System.out.printf(
          "crash test (%s): %d writes acknowledged, %d keys and 3 account changes checked, %d"
              + " lost%n",
          storeName(), ledger.acknowledgements.get(), ledger.acknowledged.size(), lost.size());
      assertEquals(List.of(), lost);
    }
  }

  /** Creates, updates and deletes keys of its own until the process dies under it. */
  private static void write(
      ApiClient api, String token, String prefix, Ledger ledger, AtomicBoolean running) {
    try {
      for (int i = 0; running.get(); i++) {
        String key = prefix + i;
        ledger.put(api, token, key, "first " + i);
        if (i % 3 == 0) {
          ledger.put(api, token, key, "second " + i);
        }
        if (i % 5 == 0) {
          ledger.delete(api, token, key);
        }
      }
    } catch (UncheckedIOException killed) {
      // The process is gone: whatever this request was, it was never acknowledged.
    }
  }

  /** Per key, the state last acknowledged, and the one sent but not yet answered. */
  private static final class Ledger {

    final Map<String, Optional<String>> acknowledged = new ConcurrentHashMap<>();
    final Map<String, Optional<String>> inFlight = new ConcurrentHashMap<>();
    final AtomicInteger acknowledgements = new AtomicInteger();

    void put(ApiClient api, String token, String key, String value) {
      record(
          key,
          Optional.of(value),
          api.request("PUT", "/api/v1/dictionary/" + key)
              .token(token)
              .json(Map.of("value", value)));
    }

    void delete(ApiClient api, String token, String key) {
      record(
          key, Optional.empty(), api.request("DELETE", "/api/v1/dictionary/" + key).token(token));
    }

    private void record(String key, Optional<String> state, ApiClient.Request request) {
      inFlight.put(key, state);
      ApiResponse response = request.send();
      if (response.status() / 100 == 2) {
        acknowledged.put(key, state);
        acknowledgements.incrementAndGet();
      }
      inFlight.remove(key);
    }

    /** A key may also hold what was in flight at the kill: it may have committed unanswered. */
    List<String> missingFrom(ApiClient api) {
      String reader = newUser(api).tokens().access();
      List<String> missing = new ArrayList<>();
      acknowledged.forEach(
          (key, expected) -> {
            ApiResponse found =
                api.request("GET", "/api/v1/dictionary/" + key).token(reader).send();
            Optional<String> served =
                found.status() == 200 ? Optional.of(found.text("value")) : Optional.empty();
            if (found.status() != 200 && found.status() != 404) {
              missing.add(key + ": " + found);
            } else if (!served.equals(expected) && !served.equals(inFlight.get(key))) {
              missing.add(key + ": acknowledged " + expected + ", served " + served);
            }
          });
      return missing;
    }
  }

  /** A logout, a password change and a refresh rotation, each acknowledged just before the kill. */
  private static final class Accounts {

    private final String loggedOut;
    private final String changer;
    private final String changerToken;
    private final String rotated;
    private String rotatedTo;

    private Accounts(String loggedOut, String changer, String changerToken, String rotated) {
      this.loggedOut = loggedOut;
      this.changer = changer;
      this.changerToken = changerToken;
      this.rotated = rotated;
    }

    static Accounts prepare(ApiClient api) {
      Registered changer = newUser(api);
      return new Accounts(
          newUser(api).tokens().access(),
          changer.username(),
          changer.tokens().access(),
          newUser(api).tokens().refresh());
    }

    void changeJustBeforeTheCrash(ApiClient api) {
      assertEquals(
          204, api.request("POST", "/api/v1/auth/logout").token(loggedOut).send().status());
      ApiResponse changed =
          api.request("PUT", "/api/v1/users/me/password")
              .token(changerToken)
              .json(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
              .send();
      assertEquals(204, changed.status(), changed::toString);
      rotatedTo = ApiTest.Tokens.of(refresh(api, rotated)).refresh();
    }

    List<String> missingFrom(ApiClient api) {
      List<String> missing = new ArrayList<>();
      if (api.request("GET", "/api/v1/users/me").token(loggedOut).send().status() != 401) {
        missing.add("the logout: its access token is accepted again");
      }
      if (logIn(api, changer, NEW_PASSWORD).status() != 200
          || logIn(api, changer, PASSWORD).status() != 401) {
        missing.add("the password change: the new password does not log in, or the old one does");
      }
      // The new token first: presenting the retired one would end the session it belongs to.
      if (refresh(api, rotatedTo).status() != 200 || refresh(api, rotated).status() != 401) {
        missing.add("the refresh rotation: the new token is refused, or the retired one works");
      }
      return missing;
    }
  }

  private record Registered(String username, ApiTest.Tokens tokens) {}

  private static Registered newUser(ApiClient api) {
    String username = ApiTest.unique("crash");
    ApiResponse registered =
        api.request("POST", "/api/v1/auth/register")
            .json(
                Map.of(
                    "username", username, "email", username + "@example.com", "password", PASSWORD))
            .send();
    assertEquals(201, registered.status(), registered::toString);
    return new Registered(username, ApiTest.Tokens.of(logIn(api, username, PASSWORD)));
  }

  private static ApiResponse logIn(ApiClient api, String username, String password) {
    return api.request("POST", "/api/v1/auth/login")
        .json(Map.of("username", username, "password", password))
        .send();
  }

  private static ApiResponse refresh(ApiClient api, String refreshToken) {
    return api.request("POST", "/api/v1/auth/refresh")
        .json(Map.of("refresh_token", refreshToken))
        .send();
  }
}
