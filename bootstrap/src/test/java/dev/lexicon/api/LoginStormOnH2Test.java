package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A burst of logins against the shipped Argon2id hasher, with one password-check slot and no wait
 * for it: every login is either checked (200 for the right password, 401 for an unknown account,
 * which is checked against a decoy) or refused with a 503 that says when to retry. Which ones are
 * refused depends on timing, so the suite asserts what each answer may be, not how many of each;
 * PasswordCheckLimitOnH2Test decides exactly which requests find the slot taken.
 */
@MicronautTest(transactional = false)
class LoginStormOnH2Test extends ApiTest {

  @Override
  Map<String, String> databaseProperties(Path dataDir) {
    return Databases.h2();
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("lexicon.password-hash.max-concurrent", "1");
    properties.put("lexicon.password-hash.max-wait", "0s");
    return properties;
  }

  @Test
  void each_login_of_a_burst_is_checked_or_refused_with_503_and_retry_after() throws Exception {
    String username = unique("u");
    assertEquals(201, register(username, username + "@example.com", PASSWORD).status());

    List<ApiResponse> answers =
        concurrently(16, i -> logIn(i % 2 == 0 ? username : unique("nobody"), PASSWORD));

    for (ApiResponse answer : answers) {
      if (answer.status() == 503) {
        assertProblem(503, answer);
        assertTrue(answer.header("Retry-After").isPresent(), answer::toString);
      } else {
        assertTrue(Set.of(200, 401).contains(answer.status()), answer::toString);
      }
    }
  }
}
