package dev.lexicon.api;

import static dev.lexicon.api.DictionaryApiSpec.assertUnauthenticated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * API.md, Authentication: refresh-token rotation and reuse detection, logout, and the revocation of
 * access tokens that both imply.
 */
abstract class SessionApiSpec extends ApiTest {

  static final String REFRESH = "/api/v1/auth/refresh";
  static final String LOGOUT = "/api/v1/auth/logout";

  /** A failed refresh is a failed credential, like a failed login: no Bearer challenge. */
  static void assertRefreshRefused(ApiResponse response) {
    assertProblem(401, response);
    assertTrue(response.header("WWW-Authenticate").isEmpty(), response::toString);
  }

  /**
   * Another instance, or this one for a revocation it did not make itself (reuse detected on a
   * refresh), may answer from a short-lived cache: API.md gives it 5 seconds.
   */
  void assertRefusedWithinFiveSeconds(String accessToken) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    ApiResponse response = me(accessToken);
    while (response.status() == 200 && System.nanoTime() < deadline) {
      Thread.sleep(50);
      response = me(accessToken);
    }
    assertUnauthenticated(response);
  }

  ApiResponse logOut(String accessToken) {
    return api.request("POST", LOGOUT).token(accessToken).send();
  }

  ApiResponse logOut(String accessToken, String refreshToken) {
    return api.request("POST", LOGOUT)
        .token(accessToken)
        .json(Map.of("refresh_token", refreshToken))
        .send();
  }

  // ---- refresh

  @Test
  void refreshing_answers_200_with_a_new_token_pair_that_no_cache_keeps() {
    Tokens first = logInAgain(newUser());

    ApiResponse refreshed = refresh(first.refresh());

    assertEquals(200, refreshed.status(), refreshed::toString);
    assertEquals("Bearer", refreshed.text("token_type"));
    assertEquals(900, refreshed.json().get("expires_in").getLongValue());
    assertNotEquals(first.refresh(), refreshed.text("refresh_token"));
    assertNotEquals(first.access(), refreshed.text("access_token"));
    assertEquals("no-store", refreshed.header("Cache-Control").orElse(""));
  }

  @Test
  void the_refreshed_access_token_is_accepted() {
    Tokens refreshed = Tokens.of(refresh(logInAgain(newUser()).refresh()));

    assertEquals(200, me(refreshed.access()).status());
  }

  @Test
  void the_refreshed_refresh_token_refreshes_again() {
    Tokens refreshed = Tokens.of(refresh(logInAgain(newUser()).refresh()));

    assertEquals(200, refresh(refreshed.refresh()).status());
  }

  @Test
  void a_refresh_token_holds_at_least_256_random_bits() {
    String refresh = logInAgain(newUser()).refresh();

    assertTrue(Base64.getUrlDecoder().decode(refresh).length >= 32, refresh);
  }

  @Test
  void a_refresh_token_is_single_use() {
    Tokens first = logInAgain(newUser());
    refresh(first.refresh());

    assertRefreshRefused(refresh(first.refresh()));
  }

  @Test
  void reusing_a_retired_refresh_token_revokes_the_newest_refresh_token_of_the_login() {
    Tokens first = logInAgain(newUser());
    Tokens newest = Tokens.of(refresh(first.refresh()));

    refresh(first.refresh());

    assertRefreshRefused(refresh(newest.refresh()));
  }

  @Test
  void reusing_a_retired_refresh_token_revokes_the_newest_access_token_of_the_login()
      throws Exception {
    Tokens first = logInAgain(newUser());
    Tokens newest = Tokens.of(refresh(first.refresh()));
    assertEquals(200, me(newest.access()).status());

    refresh(first.refresh());

    assertRefusedWithinFiveSeconds(newest.access());
  }

  @Test
  void reusing_a_retired_refresh_token_revokes_the_first_access_token_of_the_login_too()
      throws Exception {
    Tokens first = logInAgain(newUser());
    refresh(first.refresh());

    refresh(first.refresh());

    assertRefusedWithinFiveSeconds(first.access());
  }

  @Test
  void of_concurrent_refreshes_with_one_refresh_token_exactly_one_gets_a_new_pair()
      throws Exception {
    String refreshToken = logInAgain(newUser()).refresh();

    List<Integer> statuses = concurrently(5, i -> refresh(refreshToken).status());

    assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses::toString);
  }

  @Test
  void reusing_a_retired_refresh_token_leaves_the_users_other_logins_alone() {
    TestUser user = newUser();
    Tokens other = logInAgain(user);
    Tokens first = logInAgain(user);
    refresh(first.refresh());

    refresh(first.refresh());

    assertEquals(200, refresh(other.refresh()).status());
  }

  @Test
  void an_unknown_refresh_token_answers_401_without_a_bearer_challenge() {
    assertRefreshRefused(refresh("x".repeat(43)));
  }

  @Test
  void an_access_token_is_no_refresh_token() {
    assertRefreshRefused(refresh(newUser().token()));
  }

  @Test
  void every_refused_refresh_gets_the_same_body() {
    Tokens first = logInAgain(newUser());
    refresh(first.refresh());

    assertEquals(refresh("x".repeat(43)).body(), refresh(first.refresh()).body());
  }

  @Test
  void a_refresh_without_a_refresh_token_is_a_400_naming_it() {
    assertInvalid("refresh_token", api.request("POST", REFRESH).json(Map.of()).send());
  }

  @Test
  void a_refresh_token_that_is_not_a_string_is_a_400_naming_it() {
    assertInvalid(
        "refresh_token", api.request("POST", REFRESH).json("{\"refresh_token\":42}").send());
  }

  @Test
  void a_refresh_that_is_not_json_is_a_415() {
    assertProblem(415, api.request("POST", REFRESH).body("text/plain", "token").send());
  }

  @Test
  void a_refresh_needs_no_access_token_even_when_the_old_one_was_revoked() {
    Tokens first = logInAgain(newUser());
    Tokens other = logInAgain(newUser());
    logOut(other.access());

    ApiResponse refreshed =
        api.request("POST", REFRESH)
            .token(other.access())
            .json(Map.of("refresh_token", first.refresh()))
            .send();

    assertEquals(200, refreshed.status(), refreshed::toString);
  }

  // ---- logout

  @Test
  void logging_out_answers_204() {
    ApiResponse response = logOut(logInAgain(newUser()).access());

    assertEquals(204, response.status(), response::toString);
  }

  @Test
  void the_access_token_used_to_log_out_is_refused_at_once() {
    Tokens tokens = logInAgain(newUser());
    assertEquals(200, me(tokens.access()).status());

    logOut(tokens.access());

    assertUnauthenticated(me(tokens.access()));
  }

  @Test
  void logging_out_retires_the_refresh_token_of_the_same_login() {
    Tokens tokens = logInAgain(newUser());

    logOut(tokens.access());

    assertRefreshRefused(refresh(tokens.refresh()));
  }

  @Test
  void logging_out_with_the_refresh_token_of_another_login_ends_that_login_too() {
    TestUser user = newUser();
    Tokens phone = logInAgain(user);
    Tokens laptop = logInAgain(user);

    logOut(laptop.access(), phone.refresh());

    assertRefreshRefused(refresh(phone.refresh()));
  }

  @Test
  void the_access_token_of_the_other_login_ended_by_logout_is_refused_at_once() {
    TestUser user = newUser();
    Tokens phone = logInAgain(user);
    Tokens laptop = logInAgain(user);
    assertEquals(200, me(phone.access()).status());

    logOut(laptop.access(), phone.refresh());

    assertUnauthenticated(me(phone.access()));
  }

  @Test
  void logging_out_leaves_the_users_other_logins_alone() {
    TestUser user = newUser();
    Tokens phone = logInAgain(user);
    Tokens laptop = logInAgain(user);

    logOut(laptop.access());

    assertEquals(200, me(phone.access()).status());
  }

  @Test
  void a_refresh_token_of_another_user_given_at_logout_stays_valid() {
    Tokens mine = logInAgain(newUser());
    Tokens theirs = logInAgain(newUser());

    logOut(mine.access(), theirs.refresh());

    assertEquals(200, refresh(theirs.refresh()).status());
  }

  @Test
  void logging_out_with_an_empty_object_answers_204() {
    ApiResponse response =
        api.request("POST", LOGOUT).token(logInAgain(newUser()).access()).json("{}").send();

    assertEquals(204, response.status(), response::toString);
  }

  @Test
  void a_refresh_token_that_is_not_a_string_at_logout_is_a_400_naming_it() {
    ApiResponse response =
        api.request("POST", LOGOUT)
            .token(logInAgain(newUser()).access())
            .json("{\"refresh_token\":[1]}")
            .send();

    assertInvalid("refresh_token", response);
  }

  @Test
  void logging_out_without_a_token_answers_401_with_a_bearer_challenge() {
    assertUnauthenticated(api.request("POST", LOGOUT).send());
  }

  @Test
  void logging_out_twice_with_the_same_token_answers_401_the_second_time() {
    Tokens tokens = logInAgain(newUser());
    logOut(tokens.access());

    assertUnauthenticated(logOut(tokens.access()));
  }

  @Test
  void a_logged_out_token_is_refused_on_every_route_not_only_the_one_used() {
    Tokens tokens = logInAgain(newUser());
    logOut(tokens.access());

    assertUnauthenticated(api.request("GET", "/api/v1/dictionary").token(tokens.access()).send());
  }
}
