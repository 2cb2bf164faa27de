package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * API.md: "the service bounds how many [password checks] run at once. When more arrive than it can
 * check within a few seconds, the extra ones get 503 with Retry-After". Here the service has one
 * slot and waits 200 ms for it, and the suite holds that slot with a login whose check it keeps
 * inside the hasher (see {@link PasswordCheckGate}), so which requests find it taken is decided by
 * the suite, not by timing.
 */
@MicronautTest(transactional = false)
// Without the bound, a login would wait in the closed gate for ever: the timeout makes that a
// failure.
@Timeout(60)
class PasswordCheckLimitOnH2Test extends ApiTest {

  @Inject PasswordCheckGate gate;

  private final ExecutorService holders = Executors.newCachedThreadPool();

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    return Databases.h2();
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put(PasswordCheckGate.ENABLED, "true");
    properties.put("lexicon.password-hash.max-concurrent", "1");
    properties.put("lexicon.password-hash.max-wait", "200ms");
    return properties;
  }

  @AfterAll
  void stopHolders() {
    holders.shutdownNow();
  }

  @Test
  void every_login_that_finds_the_slot_taken_is_answered_503_with_retry_after() throws Exception {
    String username = registered();

    List<ApiResponse> answers;
    try (SlotHolder held = holdTheSlot()) {
      answers = concurrently(8, i -> logIn(username, PASSWORD));
    }

    for (ApiResponse answer : answers) {
      assertProblem(503, answer);
      assertEquals("1", answer.header("Retry-After").orElse(""), answer::toString);
    }
  }

  @Test
  void the_login_holding_the_slot_is_answered_once_its_check_is_done() throws Exception {
    String username = registered();

    try (SlotHolder held = holdTheSlot()) {
      logIn(username, PASSWORD);

      assertEquals(200, held.release().status());
    }
  }

  @Test
  void a_login_for_an_unknown_account_waits_for_a_slot_like_any_other() throws Exception {
    try (SlotHolder held = holdTheSlot()) {
      assertProblem(503, logIn(unique("nobody"), PASSWORD));
    }
  }

  @Test
  void a_registration_that_finds_the_slot_taken_is_answered_503() throws Exception {
    String username = unique("u");

    try (SlotHolder held = holdTheSlot()) {
      assertProblem(503, register(username, username + "@example.com", PASSWORD));
    }
  }

  @Test
  void a_password_change_that_finds_the_slot_taken_is_answered_503() throws Exception {
    TestUser user = newUser();

    try (SlotHolder held = holdTheSlot()) {
      assertProblem(
          503,
          api.request("PUT", "/api/v1/users/me/password")
              .token(user.token())
              .json(Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD + " again"))
              .send());
    }
  }

  @Test
  void once_the_slot_is_free_logins_are_checked_again() throws Exception {
    String username = registered();
    try (SlotHolder held = holdTheSlot()) {
      logIn(username, PASSWORD);
    }

    assertEquals(200, logIn(username, PASSWORD).status());
  }

  private String registered() {
    String username = unique("u");
    assertEquals(201, register(username, username + "@example.com", PASSWORD).status());
    return username;
  }

  private SlotHolder holdTheSlot() throws Exception {
    String holder = registered();
    gate.close();
    SlotHolder held = new SlotHolder(holders.submit(() -> logIn(holder, PASSWORD)));
    gate.awaitChecksInside(1);
    return held;
  }

  /** A login whose password check holds the one slot until the gate opens. */
  private final class SlotHolder implements AutoCloseable {

    private final Future<ApiResponse> answer;

    SlotHolder(Future<ApiResponse> answer) {
      this.answer = answer;
    }

    ApiResponse release() throws Exception {
      gate.open();
      return answer.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      gate.open();
    }
  }
}
