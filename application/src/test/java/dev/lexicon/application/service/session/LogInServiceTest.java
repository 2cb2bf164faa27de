package dev.lexicon.application.service.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.error.InvalidCredentials;
import dev.lexicon.application.error.LoginThrottled;
import dev.lexicon.application.port.in.user.LogInCommand;
import dev.lexicon.application.port.in.user.TokenPair;
import dev.lexicon.application.port.out.AuthenticationEvents.LoginOutcome;
import dev.lexicon.application.testing.FakeTokenIssuer;
import dev.lexicon.domain.session.RefreshToken;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LogInServiceTest {

  private final SessionWorld world = new SessionWorld();

  @Test
  void the_right_password_gives_an_access_token_bound_to_a_new_session() {
    TokenPair tokens = world.logInAlice();

    Session session = world.sessionOf(tokens);
    assertEquals("access-for-" + world.alice.id() + "-in-" + session.id(), tokens.accessToken());
    assertEquals(FakeTokenIssuer.LIFETIME, tokens.expiresIn());
  }

  @Test
  void the_refresh_token_has_at_least_256_random_bits() {
    TokenPair tokens = world.logInAlice();

    assertTrue(Base64.getUrlDecoder().decode(tokens.refreshToken()).length >= 32);
  }

  @Test
  void the_refresh_token_is_kept_only_as_its_hash_and_expires_after_its_lifetime() {
    TokenPair tokens = world.logInAlice();

    RefreshToken stored =
        world.refreshTokens.findByHash(RefreshTokens.hashOf(tokens.refreshToken())).orElseThrow();
    assertNotEquals(tokens.refreshToken(), stored.hash().value());
    assertEquals(SessionWorld.START.plus(SessionWorld.REFRESH_LIFETIME), stored.expiresAt());
  }

  @Test
  void each_login_starts_its_own_session() {
    TokenPair first = world.logInAlice();
    TokenPair second = world.logInAlice();

    assertNotEquals(world.sessionOf(first).id(), world.sessionOf(second).id());
  }

  @Test
  void a_login_records_when_it_happened() {
    world.logInAlice();

    assertEquals(
        SessionWorld.START, world.users.findById(world.alice.id()).orElseThrow().lastLogin());
  }

  @Test
  void the_email_works_as_the_login_in_any_case() {
    TokenPair tokens =
        world.logIn.logIn(new LogInCommand("ALICE@example.com", SessionWorld.PASSWORD));

    assertTrue(tokens.accessToken().startsWith("access-for-" + world.alice.id()));
  }

  @Test
  void the_username_works_as_the_login_in_any_case() {
    TokenPair tokens = world.logIn.logIn(new LogInCommand("Alice", SessionWorld.PASSWORD));

    assertTrue(tokens.accessToken().startsWith("access-for-" + world.alice.id()));
  }

  @Test
  void a_wrong_password_is_refused() {
    assertThrows(InvalidCredentials.class, () -> logInAs("alice", "wrong horse"));
  }

  @Test
  void an_unknown_user_is_refused_after_the_same_one_hash_check_as_a_known_one() {
    int before = world.hasher.verifications();

    assertThrows(InvalidCredentials.class, () -> logInAs("nobody", SessionWorld.PASSWORD));
    assertEquals(before + 1, world.hasher.verifications());
  }

  @Test
  void a_login_that_is_no_valid_username_or_email_is_refused_like_an_unknown_user() {
    assertThrows(InvalidCredentials.class, () -> logInAs("no such; user", "pw"));
  }

  @Test
  void an_inactive_account_is_refused_even_with_the_right_password() {
    world.users.updateIfVersion(world.alice.withActive(false));

    assertThrows(InvalidCredentials.class, () -> logInAs("alice", SessionWorld.PASSWORD));
  }

  @Test
  void after_five_failures_within_fifteen_minutes_even_the_right_password_is_throttled() {
    failFiveTimes();

    assertThrows(LoginThrottled.class, () -> logInAs("alice", SessionWorld.PASSWORD));
  }

  @Test
  void failures_typed_by_username_and_by_email_count_for_the_same_account() {
    for (int i = 0; i < 3; i++) {
      assertThrows(InvalidCredentials.class, () -> logInAs("alice", "wrong"));
    }
    for (int i = 0; i < 2; i++) {
      assertThrows(InvalidCredentials.class, () -> logInAs("alice@example.com", "wrong"));
    }

    assertThrows(LoginThrottled.class, () -> logInAs("ALICE", SessionWorld.PASSWORD));
  }

  @Test
  void a_throttled_login_says_when_to_retry() {
    failFiveTimes();
    world.clock.advance(Duration.ofMinutes(5));

    LoginThrottled throttled =
        assertThrows(LoginThrottled.class, () -> logInAs("alice", SessionWorld.PASSWORD));
    assertEquals(Duration.ofMinutes(10), throttled.retryAfter());
  }

  @Test
  void the_account_opens_again_once_the_window_has_passed() {
    failFiveTimes();
    world.clock.advance(Duration.ofMinutes(15).plusSeconds(1));

    assertTrue(logInAs("alice", SessionWorld.PASSWORD).accessToken().contains("access-for-"));
  }

  @Test
  void four_failures_do_not_throttle() {
    for (int i = 0; i < 4; i++) {
      assertThrows(InvalidCredentials.class, () -> logInAs("alice", "wrong"));
    }

    assertTrue(logInAs("alice", SessionWorld.PASSWORD).accessToken().contains("access-for-"));
  }

  @Test
  void a_successful_login_leaves_the_failures_of_the_window_counted() {
    for (int i = 0; i < 4; i++) {
      assertThrows(InvalidCredentials.class, () -> logInAs("alice", "wrong"));
    }
    logInAs("alice", SessionWorld.PASSWORD);
    assertThrows(InvalidCredentials.class, () -> logInAs("alice", "wrong"));

    assertThrows(LoginThrottled.class, () -> logInAs("alice", SessionWorld.PASSWORD));
  }

  @Test
  void more_than_five_simultaneous_logins_with_the_right_password_all_succeed() throws Exception {
    List<Boolean> succeeded =
        concurrently(
            12,
            () -> logInAs("alice", SessionWorld.PASSWORD).accessToken().contains("access-for-"));

    assertEquals(List.of(true), succeeded.stream().distinct().toList());
  }

  @Test
  void of_twenty_simultaneous_wrong_passwords_at_most_five_are_checked() throws Exception {
    List<String> outcomes =
        concurrently(
            20,
            () -> {
              try {
                return logInAs("alice", "wrong").toString();
              } catch (InvalidCredentials checked) {
                return "401";
              } catch (LoginThrottled refused) {
                return "429";
              }
            });

    assertTrue(Collections.frequency(outcomes, "401") <= 5, outcomes::toString);
    assertThrows(LoginThrottled.class, () -> logInAs("alice", SessionWorld.PASSWORD));
  }

  @Test
  void successful_logins_do_not_count_as_failures() {
    for (int i = 0; i < 10; i++) {
      logInAs("alice", SessionWorld.PASSWORD);
    }

    assertTrue(logInAs("alice", SessionWorld.PASSWORD).accessToken().contains("access-for-"));
  }

  @Test
  void failures_count_per_account_whichever_of_its_names_was_typed() {
    for (int i = 0; i < 2; i++) {
      assertThrows(InvalidCredentials.class, () -> logInAs("alice", "wrong"));
      assertThrows(InvalidCredentials.class, () -> logInAs("ALICE@example.com", "wrong"));
    }
    assertThrows(InvalidCredentials.class, () -> logInAs("Alice", "wrong"));

    assertThrows(LoginThrottled.class, () -> logInAs("alice", SessionWorld.PASSWORD));
  }

  @Test
  void an_unknown_login_name_is_throttled_like_an_account() {
    for (int i = 0; i < 5; i++) {
      assertThrows(InvalidCredentials.class, () -> logInAs("nobody", "wrong"));
    }

    assertThrows(LoginThrottled.class, () -> logInAs("ＮＯＢＯＤＹ", "wrong"));
  }

  @Test
  void a_fullwidth_or_cased_form_of_the_username_logs_in() {
    assertTrue(logInAs("ＡＬＩＣＥ", SessionWorld.PASSWORD).accessToken().contains("access-for-"));
  }

  @Test
  void a_login_checked_before_a_change_to_the_account_is_refused() {
    User checked = world.users.findById(world.alice.id()).orElseThrow();
    world.users.updateIfVersion(checked.withRoles(Set.of(Role.USER)));

    assertFalse(world.users.recordLogin(checked, SessionWorld.START, Optional.empty()));
  }

  @Test
  void each_outcome_is_told_once_success_bad_credentials_and_locked() {
    logInAs("alice", SessionWorld.PASSWORD);
    failFiveTimes();
    assertThrows(LoginThrottled.class, () -> logInAs("alice", SessionWorld.PASSWORD));

    assertEquals(
        List.of(
            LoginOutcome.SUCCESS,
            LoginOutcome.BAD_CREDENTIALS,
            LoginOutcome.BAD_CREDENTIALS,
            LoginOutcome.BAD_CREDENTIALS,
            LoginOutcome.BAD_CREDENTIALS,
            LoginOutcome.BAD_CREDENTIALS,
            LoginOutcome.LOCKED),
        world.events.events());
  }

  @Test
  void a_hash_made_at_a_lower_cost_is_upgraded_at_the_next_login() {
    String before = world.alice.passwordHash().value();
    world.hasher.raiseCost();

    logInAs("alice", SessionWorld.PASSWORD);

    String after = world.users.findById(world.alice.id()).orElseThrow().passwordHash().value();
    assertNotEquals(before, after);
    assertFalse(world.hasher.needsRehash(new dev.lexicon.domain.user.PasswordHash(after)));
  }

  private TokenPair logInAs(String login, String password) {
    return world.logIn.logIn(new LogInCommand(login, password));
  }

  private void failFiveTimes() {
    for (int i = 0; i < 5; i++) {
      assertThrows(InvalidCredentials.class, () -> logInAs("alice", "wrong"));
    }
  }

  private static <T> List<T> concurrently(int count, Callable<T> attempt) throws Exception {
    var pool = Executors.newFixedThreadPool(count);
    try {
      var start = new CountDownLatch(1);
      List<Future<T>> running = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        running.add(
            pool.submit(
                () -> {
                  start.await();
                  return attempt.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (var result : running) {
        results.add(result.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
