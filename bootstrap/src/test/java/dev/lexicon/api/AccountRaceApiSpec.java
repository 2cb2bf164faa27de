package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.LoginName;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * API.md 1.1, Authentication: a change to an account is never undone by anything that ran at the
 * same moment, and at most 5 wrong passwords are ever checked for one account in a window. Each
 * race runs logins on several threads while the change is made, then checks the stored state and
 * every token the racing logins were given.
 */
abstract class AccountRaceApiSpec extends ApiTest {

  private static final String NEW_PASSWORD = "amber lanterns over rivers";

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;

  // ---- changes racing logins

  @Test
  void a_demotion_racing_logins_stays_and_no_racing_token_opens_an_admin_route() throws Exception {
    TestUser racer = anAdministrator();
    TestUser demoting = anAdministrator();

    List<String> tokens =
        LoginRace.tokensDuring(
            api,
            racer.username(),
            PASSWORD,
            () -> patch(demoting, racer, "{\"roles\":[\"USER\"]}"));

    assertEquals(Set.of(Role.USER), stored(racer).roles());
    assertFalse(tokens.isEmpty(), "no login succeeded during the race");
    for (String token : tokens) {
      assertNotEquals(200, listUsers(token).status(), () -> "still an admin: " + claims(token));
    }
    assertEquals(403, listUsers(logInAgain(racer).access()).status());
  }

  @Test
  void a_password_change_racing_logins_stays_and_every_racing_token_is_revoked() throws Exception {
    TestUser racer = newUser();

    List<String> tokens =
        LoginRace.tokensDuring(
            api,
            racer.username(),
            PASSWORD,
            () ->
                api.request("PUT", "/api/v1/users/me/password")
                    .token(racer.token())
                    .json(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                    .send());

    // The racing logins that came after the change failed and count, so the account may be closed.
    assertRefused(logIn(racer.username(), PASSWORD));
    assertTrue(hasher.matches(NEW_PASSWORD, stored(racer).passwordHash()));
    for (String token : tokens) {
      assertEquals(401, me(token).status());
    }
  }

  @Test
  void a_deactivation_racing_logins_stays_and_every_racing_token_is_revoked() throws Exception {
    TestUser racer = newUser();
    TestUser admin = anAdministrator();

    List<String> tokens =
        LoginRace.tokensDuring(
            api, racer.username(), PASSWORD, () -> patch(admin, racer, "{\"isActive\":false}"));

    assertFalse(stored(racer).active());
    assertRefused(logIn(racer.username(), PASSWORD));
    for (String token : tokens) {
      assertEquals(401, me(token).status());
    }
  }

  // ---- the last active administrator

  @Test
  void of_two_administrators_demoting_each_other_at_once_exactly_one_succeeds() throws Exception {
    // The loser gets 409 when its request was checked before the winner's committed, and 401 when
    // after: the winner's change revoked the loser's token.
    TestUser first = anAdministrator();
    TestUser second = anAdministrator();
    leaveOnlyAsActiveAdmins(first, second);

    List<Integer> statuses =
        concurrently(
            2,
            i ->
                i == 0
                    ? patch(first, second, "{\"roles\":[\"USER\"]}").status()
                    : patch(second, first, "{\"roles\":[\"USER\"]}").status());

    assertEquals(1, Collections.frequency(statuses, 200), statuses::toString);
    assertTrue(statuses.contains(409) || statuses.contains(401), statuses::toString);
    assertEquals(1, users.lockActiveAdmins().size());
  }

  // ---- the lockout

  @Test
  void twenty_simultaneous_wrong_passwords_get_at_most_five_401s_and_429s_for_the_rest()
      throws Exception {
    TestUser victim = newUser();

    List<Integer> statuses =
        concurrently(20, i -> logIn(victim.username(), "wrong guess " + i).status());

    assertTrue(Set.of(401, 429).containsAll(statuses), statuses::toString);
    assertTrue(Collections.frequency(statuses, 401) <= 5, statuses::toString);
  }

  @Test
  void after_twenty_simultaneous_wrong_passwords_the_right_one_gets_429() throws Exception {
    TestUser victim = newUser();

    concurrently(20, i -> logIn(victim.username(), "wrong guess " + i).status());

    ApiResponse right = logIn(victim.username(), PASSWORD);
    assertProblem(429, right);
    assertTrue(right.header("Retry-After").isPresent(), right::toString);
  }

  @Test
  void twelve_simultaneous_logins_with_the_right_password_all_succeed() throws Exception {
    TestUser user = newUser();

    List<Integer> statuses = concurrently(12, i -> logIn(user.username(), PASSWORD).status());

    assertEquals(List.of(200), statuses.stream().distinct().toList(), statuses::toString);
  }

  @Test
  void an_unknown_login_name_is_throttled_after_five_failures_like_an_account() {
    String nobody = unique("nobody");
    for (int i = 0; i < 5; i++) {
      assertProblem(401, logIn(nobody, "wrong guess"));
    }

    ApiResponse sixth = logIn(nobody, "wrong guess");
    assertProblem(429, sixth);
    assertTrue(sixth.header("Retry-After").isPresent(), sixth::toString);
  }

  @Test
  void twenty_simultaneous_guesses_at_an_unknown_name_get_at_most_five_401s() throws Exception {
    String nobody = unique("nobody");

    List<Integer> statuses = concurrently(20, i -> logIn(nobody, "wrong guess " + i).status());

    assertTrue(Set.of(401, 429).containsAll(statuses), statuses::toString);
    assertTrue(Collections.frequency(statuses, 401) <= 5, statuses::toString);
  }

  // ---- helpers

  private static void assertRefused(ApiResponse login) {
    assertTrue(login.status() == 401 || login.status() == 429, login::toString);
  }

  private TestUser anAdministrator() {
    TestUser user = newUser();
    users.updateIfVersion(stored(user).withRoles(EnumSet.of(Role.USER, Role.ADMIN)));
    return new TestUser(user.id(), user.username(), user.email(), logInAgain(user).access());
  }

  /**
   * The guard counts every active administrator the database holds, so for the two to be the last
   * ones the others (left by earlier suites on a shared database) are set aside first.
   */
  private void leaveOnlyAsActiveAdmins(TestUser first, TestUser second) {
    Set<UserId> ours = Set.of(UserId.parse(first.id()), UserId.parse(second.id()));
    for (UserId other : users.lockActiveAdmins()) {
      if (!ours.contains(other)) {
        users.updateIfVersion(users.findById(other).orElseThrow().withActive(false));
      }
    }
  }

  private ApiResponse patch(TestUser admin, TestUser target, String json) {
    return api.request("PATCH", "/api/v1/users/" + target.id())
        .token(admin.token())
        .json(json)
        .send();
  }

  private ApiResponse listUsers(String token) {
    return api.request("GET", "/api/v1/users?limit=1").token(token).send();
  }

  private User stored(TestUser user) {
    return users.findByLoginName(LoginName.of(user.username())).orElseThrow();
  }

  private static String claims(String token) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8)
        + " at "
        + Instant.now();
  }
}
