package dev.lexicon.api;

import static dev.lexicon.api.DictionaryApiSpec.assertUnauthenticated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.LoginName;
import dev.lexicon.domain.user.PasswordHash;
import dev.lexicon.domain.user.User;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

/** API.md, Users: the caller's own account under /api/v1/users/me, and lastLogin. */
abstract class AccountApiSpec extends ApiTest {

  static final String ME = "/api/v1/users/me";
  static final String PASSWORD_PATH = ME + "/password";
  static final String NEW_PASSWORD = "amber lanterns over quiet rivers";

  @Inject UserRepository users;

  ApiResponse changeEmail(String token, String email) {
    return api.request("PATCH", ME).token(token).json(Map.of("email", email)).send();
  }

  ApiResponse changePassword(String token, String current, String next) {
    return api.request("PUT", PASSWORD_PATH)
        .token(token)
        .json(Map.of("currentPassword", current, "newPassword", next))
        .send();
  }

  ApiResponse deactivate(String token) {
    return api.request("DELETE", ME).token(token).send();
  }

  User stored(TestUser user) {
    return users.findByLoginName(LoginName.of(user.username())).orElseThrow();
  }

  // ---- GET /me

  @Test
  void me_answers_200_with_the_callers_user() {
    TestUser user = newUser();

    ApiResponse response = me(user.token());

    assertEquals(200, response.status(), response::toString);
    assertEquals(user.id(), response.text("id"));
    assertEquals(user.username(), response.text("username"));
    assertEquals(user.email(), response.text("email"));
    assertTrue(response.json().get("isActive").getBooleanValue());
  }

  @Test
  void me_carries_exactly_the_user_fields_and_no_password_hash() {
    ApiResponse response = me(newUser().token());

    assertEquals(
        Set.of("id", "username", "email", "dateJoined", "lastLogin", "isActive", "roles"),
        DictionaryApiSpec.fieldNames(response.json()));
    assertFalse(response.body().contains("argon2"), response::toString);
  }

  @Test
  void a_login_sets_last_login_as_a_utc_timestamp() {
    ApiResponse response = me(newUser().token());

    String lastLogin = response.text("lastLogin");
    assertTrue(lastLogin != null && lastLogin.endsWith("Z"), response::toString);
    assertFalse(
        Instant.parse(lastLogin).isBefore(Instant.parse(response.text("dateJoined"))),
        response::toString);
  }

  @Test
  void each_login_moves_last_login_forward() {
    TestUser user = newUser();
    Instant first = Instant.parse(me(user.token()).text("lastLogin"));

    Tokens again = logInAgain(user);

    assertTrue(Instant.parse(me(again.access()).text("lastLogin")).isAfter(first));
  }

  @Test
  void me_without_a_token_answers_401() {
    assertUnauthenticated(api.request("GET", ME).send());
  }

  // ---- PATCH /me

  @Test
  void changing_the_email_answers_200_with_the_changed_user() {
    TestUser user = newUser();
    String email = unique("new") + "@example.com";

    ApiResponse response = changeEmail(user.token(), email);

    assertEquals(200, response.status(), response::toString);
    assertEquals(email, response.text("email"));
    assertEquals(user.username(), response.text("username"));
  }

  @Test
  void the_changed_email_is_kept() {
    TestUser user = newUser();
    String email = unique("new") + "@example.com";

    changeEmail(user.token(), email);

    assertEquals(email, me(user.token()).text("email"));
  }

  @Test
  void the_changed_email_logs_in() {
    TestUser user = newUser();
    String email = unique("new") + "@example.com";

    changeEmail(user.token(), email);

    assertEquals(200, logIn(email, PASSWORD).status());
  }

  @Test
  void an_email_taken_by_another_user_in_another_case_answers_409() {
    TestUser other = newUser();

    assertProblem(409, changeEmail(newUser().token(), other.email().toUpperCase()));
  }

  @Test
  void the_own_email_in_another_case_is_no_conflict() {
    TestUser user = newUser();

    assertEquals(200, changeEmail(user.token(), user.email().toUpperCase()).status());
  }

  @Test
  void an_invalid_email_answers_400_naming_email() {
    assertInvalid("email", changeEmail(newUser().token(), "not-an-address"));
  }

  @Test
  void an_email_over_254_characters_answers_400_naming_email() {
    String email = "a".repeat(60) + "@" + ("b".repeat(63) + ".").repeat(3) + "com";

    assertInvalid("email", changeEmail(newUser().token(), email));
  }

  @Test
  void a_change_without_an_email_answers_400_naming_email() {
    assertInvalid("email", api.request("PATCH", ME).token(newUser().token()).json("{}").send());
  }

  @Test
  void an_email_that_is_not_a_string_answers_400_naming_email() {
    ApiResponse response =
        api.request("PATCH", ME).token(newUser().token()).json("{\"email\":42}").send();

    assertInvalid("email", response);
  }

  @Test
  void a_change_that_is_not_json_answers_415() {
    ApiResponse response =
        api.request("PATCH", ME).token(newUser().token()).body("text/plain", "email=x").send();

    assertProblem(415, response);
  }

  @Test
  void changing_the_email_without_a_token_answers_401() {
    assertUnauthenticated(api.request("PATCH", ME).json(Map.of("email", "a@example.com")).send());
  }

  // ---- PUT /me/password

  @Test
  void changing_the_password_answers_204() {
    ApiResponse response = changePassword(newUser().token(), PASSWORD, NEW_PASSWORD);

    assertEquals(204, response.status(), response::toString);
  }

  @Test
  void the_new_password_logs_in() {
    TestUser user = newUser();

    changePassword(user.token(), PASSWORD, NEW_PASSWORD);

    assertEquals(200, logIn(user.username(), NEW_PASSWORD).status());
  }

  @Test
  void the_old_password_no_longer_logs_in() {
    TestUser user = newUser();

    changePassword(user.token(), PASSWORD, NEW_PASSWORD);

    assertProblem(401, logIn(user.username(), PASSWORD));
  }

  @Test
  void changing_the_password_revokes_the_access_token_used_at_once() {
    TestUser user = newUser();
    assertEquals(200, me(user.token()).status());

    changePassword(user.token(), PASSWORD, NEW_PASSWORD);

    assertUnauthenticated(me(user.token()));
  }

  @Test
  void changing_the_password_revokes_the_access_tokens_of_every_other_login_at_once() {
    TestUser user = newUser();
    Tokens other = logInAgain(user);
    assertEquals(200, me(other.access()).status());

    changePassword(user.token(), PASSWORD, NEW_PASSWORD);

    assertUnauthenticated(me(other.access()));
  }

  @Test
  void changing_the_password_revokes_every_refresh_token() {
    TestUser user = newUser();
    Tokens other = logInAgain(user);

    changePassword(user.token(), PASSWORD, NEW_PASSWORD);

    assertProblem(401, refresh(other.refresh()));
  }

  @Test
  void a_wrong_current_password_answers_400_naming_current_password() {
    assertInvalid(
        "currentPassword", changePassword(newUser().token(), PASSWORD + "!", NEW_PASSWORD));
  }

  @Test
  void a_wrong_current_password_changes_nothing() {
    TestUser user = newUser();

    changePassword(user.token(), PASSWORD + "!", NEW_PASSWORD);

    assertEquals(200, logIn(user.username(), PASSWORD).status());
  }

  @Test
  void guessing_the_current_password_five_times_closes_the_account_with_429() {
    TestUser user = newUser();
    for (int i = 0; i < 5; i++) {
      changePassword(user.token(), PASSWORD + "!" + i, NEW_PASSWORD);
    }

    ApiResponse response = changePassword(user.token(), PASSWORD, NEW_PASSWORD);

    assertEquals(429, response.status());
    assertTrue(response.header("Retry-After").isPresent());
  }

  @Test
  void a_missing_current_password_answers_400_naming_current_password() {
    ApiResponse response =
        api.request("PUT", PASSWORD_PATH)
            .token(newUser().token())
            .json(Map.of("newPassword", NEW_PASSWORD))
            .send();

    assertInvalid("currentPassword", response);
  }

  @Test
  void a_new_password_of_7_characters_answers_400_naming_new_password() {
    assertInvalid("newPassword", changePassword(newUser().token(), PASSWORD, "Xk3!pq9"));
  }

  @Test
  void a_new_password_of_129_characters_answers_400_naming_new_password() {
    String tooLong = "Xk3!pq9z".repeat(16) + "a";

    assertInvalid("newPassword", changePassword(newUser().token(), PASSWORD, tooLong));
  }

  @Test
  void a_new_password_of_only_digits_answers_400_naming_new_password() {
    assertInvalid("newPassword", changePassword(newUser().token(), PASSWORD, "8273645190"));
  }

  @Test
  void a_common_new_password_answers_400_naming_new_password() {
    assertInvalid("newPassword", changePassword(newUser().token(), PASSWORD, "sunshine1"));
  }

  @Test
  void a_new_password_containing_the_username_answers_400_naming_new_password() {
    TestUser user = newUser();

    assertInvalid(
        "newPassword",
        changePassword(user.token(), PASSWORD, "my" + user.username().toUpperCase() + "pw!"));
  }

  @Test
  void a_refused_new_password_revokes_nothing() {
    TestUser user = newUser();

    changePassword(user.token(), PASSWORD, "sunshine1");

    assertEquals(200, me(user.token()).status());
  }

  @Test
  void changing_the_password_without_a_token_answers_401() {
    ApiResponse response =
        api.request("PUT", PASSWORD_PATH)
            .json(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
            .send();

    assertUnauthenticated(response);
  }

  // ---- DELETE /me

  @Test
  void deactivating_the_account_answers_204() {
    ApiResponse response = deactivate(newUser().token());

    assertEquals(204, response.status(), response::toString);
  }

  @Test
  void a_deactivated_account_is_inactive_not_deleted() {
    TestUser user = newUser();

    deactivate(user.token());

    assertFalse(stored(user).active());
  }

  @Test
  void a_deactivated_account_gets_the_same_401_at_login_as_a_wrong_password() {
    TestUser user = newUser();
    deactivate(user.token());

    ApiResponse rightPassword = logIn(user.username(), PASSWORD);

    assertProblem(401, rightPassword);
    assertEquals(logIn(user.username(), PASSWORD + "!").body(), rightPassword.body());
  }

  @Test
  void deactivating_revokes_the_access_token_used_at_once() {
    TestUser user = newUser();
    assertEquals(200, me(user.token()).status());

    deactivate(user.token());

    assertUnauthenticated(me(user.token()));
  }

  @Test
  void deactivating_revokes_the_access_tokens_of_every_other_login_at_once() {
    TestUser user = newUser();
    Tokens other = logInAgain(user);
    assertEquals(200, me(other.access()).status());

    deactivate(user.token());

    assertUnauthenticated(me(other.access()));
  }

  @Test
  void deactivating_revokes_every_refresh_token() {
    TestUser user = newUser();
    Tokens other = logInAgain(user);

    deactivate(user.token());

    assertProblem(401, refresh(other.refresh()));
  }

  @Test
  void deactivating_without_a_token_answers_401() {
    assertUnauthenticated(api.request("DELETE", ME).send());
  }

  // ---- the password hash

  @Test
  void a_hash_made_at_a_lower_cost_than_configured_is_upgraded_at_the_next_login() {
    TestUser user = newUser();
    User before = stored(user);
    users.updateIfVersion(before.withPasswordHash(cheapHash(PASSWORD)));

    assertEquals(200, logIn(user.username(), PASSWORD).status());

    String upgraded = stored(user).passwordHash().value();
    assertTrue(upgraded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), upgraded);
  }

  @Test
  void the_upgraded_hash_still_logs_in() {
    TestUser user = newUser();
    users.updateIfVersion(stored(user).withPasswordHash(cheapHash(PASSWORD)));
    logIn(user.username(), PASSWORD);

    assertEquals(200, logIn(user.username(), PASSWORD).status());
  }

  @Test
  void a_hash_at_the_configured_cost_is_kept_at_login() {
    TestUser user = newUser();
    PasswordHash before = stored(user).passwordHash();

    logIn(user.username(), PASSWORD);

    assertEquals(before, stored(user).passwordHash());
  }

  /** An Argon2id hash as an older, cheaper configuration would have made it (m=1 MiB, t=1). */
  private static PasswordHash cheapHash(String password) {
    byte[] salt = "lexicon-old-salt".getBytes(StandardCharsets.US_ASCII);
    var generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(1024)
            .withIterations(1)
            .withParallelism(1)
            .withSalt(salt)
            .build());
    byte[] hash = new byte[32];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return new PasswordHash(
        "$argon2id$v=19$m=1024,t=1,p=1$"
            + base64.encodeToString(salt)
            + "$"
            + base64.encodeToString(hash));
  }
}
