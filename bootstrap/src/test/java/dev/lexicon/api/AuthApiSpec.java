package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.LoginName;
import dev.lexicon.domain.user.User;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** API.md, Authentication up to login, and the JWKS. */
abstract class AuthApiSpec extends ApiTest {

  static final String REGISTER = "/api/v1/auth/register";

  @Inject UserRepository users;

  // ---- register

  @Test
  void registering_answers_201_with_the_location_and_the_user() {
    String username = unique("u");

    ApiResponse registered = register(username, username + "@example.com", PASSWORD);

    assertEquals(201, registered.status(), registered::toString);
    assertEquals(
        "/api/v1/users/" + registered.text("id"), registered.header("Location").orElseThrow());
    assertEquals(username, registered.text("username"));
    assertEquals(username + "@example.com", registered.text("email"));
    assertTrue(registered.json().get("isActive").getBooleanValue());
    assertEquals("USER", registered.json().get("roles").get(0).getStringValue());
    assertEquals(1, registered.json().get("roles").size());
    assertTrue(registered.text("dateJoined").endsWith("Z"), registered::toString);
    assertTrue(registered.json().get("lastLogin").isNull(), registered::toString);
  }

  @Test
  void the_registered_user_carries_exactly_the_user_fields_and_no_password_hash() {
    String username = unique("u");

    ApiResponse registered = register(username, username + "@example.com", PASSWORD);

    assertEquals(
        Set.of("id", "username", "email", "dateJoined", "lastLogin", "isActive", "roles"),
        DictionaryApiSpec.fieldNames(registered.json()));
    assertFalse(registered.body().contains("argon2"), registered::toString);
  }

  @Test
  void a_username_taken_in_another_case_answers_409() {
    String username = unique("u");
    register(username, unique("e") + "@example.com", PASSWORD);

    assertProblem(409, register(username.toUpperCase(), unique("e") + "@example.com", PASSWORD));
  }

  @Test
  void of_usernames_differing_in_case_registered_at_the_same_moment_exactly_one_succeeds()
      throws Exception {
    String username = unique("race");
    List<String> spellings =
        List.of(username, username.toUpperCase(), "R" + username.substring(1), username);

    List<Integer> statuses =
        concurrently(
            spellings.size(),
            i -> register(spellings.get(i), unique("e") + "@example.com", PASSWORD).status());

    assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses::toString);
    assertEquals(3, statuses.stream().filter(status -> status == 409).count(), statuses::toString);
  }

  @Test
  void of_emails_differing_in_case_registered_at_the_same_moment_exactly_one_succeeds()
      throws Exception {
    String email = unique("race") + "@example.com";
    List<String> spellings = List.of(email, email.toUpperCase(), email, email.toUpperCase());

    List<Integer> statuses =
        concurrently(
            spellings.size(), i -> register(unique("u"), spellings.get(i), PASSWORD).status());

    assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses::toString);
    assertEquals(3, statuses.stream().filter(status -> status == 409).count(), statuses::toString);
  }

  @Test
  void an_email_taken_in_another_case_answers_409() {
    String email = unique("e") + "@example.com";
    register(unique("u"), email, PASSWORD);

    assertProblem(409, register(unique("u"), email.toUpperCase(), PASSWORD));
  }

  @Test
  void a_username_that_is_another_accounts_email_answers_409() {
    String email = unique("e") + "@example.org";
    register(unique("u"), email, PASSWORD);

    assertProblem(409, register(email, unique("e") + "@example.com", PASSWORD));
  }

  @Test
  void an_email_that_is_another_accounts_username_answers_409() {
    String username = unique("u") + "@example.org";
    register(username, unique("e") + "@example.com", PASSWORD);

    assertProblem(409, register(unique("u"), username.toUpperCase(), PASSWORD));
  }

  @Test
  void a_username_that_is_another_accounts_email_never_takes_over_its_login() {
    String email = unique("e") + "@example.org";
    String owner = unique("u");
    register(owner, email, PASSWORD);
    register(email, unique("e") + "@example.com", "another " + PASSWORD);

    ApiResponse loggedIn = logIn(email, PASSWORD);
    assertEquals(200, loggedIn.status(), loggedIn::toString);
    assertEquals(owner, me(loggedIn.text("access_token")).text("username"));
  }

  @Test
  void a_username_in_fullwidth_letters_answers_409_beside_its_ascii_twin() {
    String ascii = unique("bob");
    register(ascii, unique("e") + "@example.com", PASSWORD);

    assertProblem(409, register(fullwidth(ascii), unique("e") + "@example.com", PASSWORD));
  }

  @Test
  void a_username_that_folds_to_a_taken_one_answers_409() {
    String suffix = unique("");
    register("straße" + suffix, unique("e") + "@example.com", PASSWORD);

    assertProblem(409, register("STRASSE" + suffix, unique("e") + "@example.com", PASSWORD));
  }

  @Test
  void a_username_that_mixes_latin_and_cyrillic_letters_is_refused() {
    // "rooт": the last letter is Cyrillic te.
    assertInvalid(
        "username", register(unique("roo\u0442_admin"), unique("e") + "@example.com", PASSWORD));
  }

  @Test
  void a_username_that_mixes_latin_and_greek_letters_is_refused() {
    assertInvalid(
        "username", register(unique("\u03b1dmin"), unique("e") + "@example.com", PASSWORD));
  }

  @Test
  void a_username_in_one_non_latin_script_is_accepted() {
    String cyrillic =
        "иван" + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L);

    assertEquals(201, register(cyrillic, unique("e") + "@example.com", PASSWORD).status());
  }

  @Test
  void the_fullwidth_form_of_a_username_logs_in() {
    String username = unique("bob");
    register(username, unique("e") + "@example.com", PASSWORD);

    assertEquals(200, logIn(fullwidth(username), PASSWORD).status());
  }

  @Test
  void a_username_of_unicode_letters_digits_and_the_allowed_punctuation_is_accepted() {
    String username = unique("Zoë.") + "+x-y_z@東";

    assertEquals(201, register(username, unique("e") + "@example.com", PASSWORD).status());
  }

  @Test
  void a_username_of_2_characters_is_refused() {
    assertInvalid("username", register("ab", unique("e") + "@example.com", PASSWORD));
  }

  @Test
  void a_username_of_150_characters_is_accepted() {
    String username = unique("u") + "x".repeat(137);

    assertEquals(201, register(username, unique("e") + "@example.com", PASSWORD).status());
  }

  @Test
  void a_username_of_151_characters_is_refused() {
    String username = unique("u") + "x".repeat(138);

    assertInvalid("username", register(username, unique("e") + "@example.com", PASSWORD));
  }

  @Test
  void a_username_with_a_space_is_refused() {
    assertInvalid("username", register(unique("u") + " x", unique("e") + "@example.com", PASSWORD));
  }

  @Test
  void an_invalid_email_is_refused() {
    assertInvalid("email", register(unique("u"), "not-an-address", PASSWORD));
  }

  @Test
  void an_email_over_254_characters_is_refused() {
    String email =
        "a".repeat(60)
            + "@"
            + "b".repeat(63)
            + "."
            + "c".repeat(63)
            + "."
            + "d".repeat(63)
            + ".com";

    assertInvalid("email", register(unique("u"), email, PASSWORD));
  }

  @Test
  void a_password_of_7_characters_is_refused() {
    assertInvalid("password", register(unique("u"), unique("e") + "@example.com", "Xk3!pq9"));
  }

  @Test
  void a_password_of_128_characters_is_accepted() {
    assertEquals(
        201, register(unique("u"), unique("e") + "@example.com", "Xk3!pq9z".repeat(16)).status());
  }

  @Test
  void a_password_of_129_characters_is_refused() {
    assertInvalid(
        "password",
        register(unique("u"), unique("e") + "@example.com", "Xk3!pq9z".repeat(16) + "a"));
  }

  @Test
  void a_password_of_only_digits_is_refused() {
    assertInvalid("password", register(unique("u"), unique("e") + "@example.com", "8273645190"));
  }

  @Test
  void a_common_password_is_refused() {
    assertInvalid("password", register(unique("u"), unique("e") + "@example.com", "sunshine1"));
  }

  @Test
  void a_password_containing_the_username_in_any_case_is_refused() {
    String username = unique("u");

    assertInvalid(
        "password",
        register(username, unique("e") + "@example.com", "my" + username.toUpperCase() + "pw!"));
  }

  @Test
  void every_invalid_field_is_reported_at_once() {
    ApiResponse response = register("a", "b", "c");

    assertProblem(400, response);
    assertEquals(3, response.json().get("errors").size(), response::toString);
  }

  @Test
  void a_username_that_is_a_number_is_refused_not_coerced() {
    ApiResponse response =
        api.request("POST", REGISTER)
            .json(
                "{\"username\":12345,\"email\":\"n@example.com\",\"password\":\""
                    + PASSWORD
                    + "\"}")
            .send();

    assertInvalid("username", response);
  }

  @Test
  void a_registration_without_a_password_is_refused() {
    ApiResponse response =
        api.request("POST", REGISTER)
            .json(Map.of("username", unique("u"), "email", unique("e") + "@example.com"))
            .send();

    assertInvalid("password", response);
  }

  @Test
  void a_malformed_registration_body_is_a_400() {
    assertProblem(400, api.request("POST", REGISTER).json("{\"username\":").send());
  }

  @Test
  void a_registration_that_is_not_json_is_a_415() {
    assertProblem(415, api.request("POST", REGISTER).body("text/plain", "username=x").send());
  }

  @Test
  void a_registration_body_over_1_mib_is_a_413() {
    ApiResponse response =
        api.request("POST", REGISTER)
            .json("{\"username\":\"" + "u".repeat(1024 * 1024) + "\"}")
            .send();

    assertProblem(413, response);
  }

  // ---- login

  @Test
  void logging_in_answers_200_with_a_bearer_token_pair_that_no_cache_keeps() {
    String username = unique("u");
    register(username, username + "@example.com", PASSWORD);

    ApiResponse loggedIn = logIn(username, PASSWORD);

    assertEquals(200, loggedIn.status(), loggedIn::toString);
    assertEquals("Bearer", loggedIn.text("token_type"));
    assertEquals(900, loggedIn.json().get("expires_in").getLongValue());
    assertTrue(loggedIn.text("refresh_token").length() >= 32, loggedIn::toString);
    assertEquals("no-store", loggedIn.header("Cache-Control").orElse(""));
    assertEquals(
        Set.of("access_token", "refresh_token", "token_type", "expires_in"),
        DictionaryApiSpec.fieldNames(loggedIn.json()));
  }

  @Test
  void logging_in_with_the_email_instead_of_the_username_works() {
    String username = unique("u");
    register(username, username + "@example.com", PASSWORD);

    assertEquals(200, logIn(username + "@example.com", PASSWORD).status());
  }

  @Test
  void the_refresh_token_is_opaque_not_a_jwt() {
    String refresh = logIn(newUser().username(), PASSWORD).text("refresh_token");

    assertFalse(refresh.contains("."), refresh);
  }

  @Test
  void a_wrong_password_answers_401_without_a_bearer_challenge() {
    String username = newUser().username();

    ApiResponse refused = logIn(username, PASSWORD + "!");

    assertProblem(401, refused);
    assertTrue(refused.header("WWW-Authenticate").isEmpty(), refused::toString);
  }

  @Test
  void a_wrong_password_and_an_unknown_user_get_the_same_401_body() {
    String username = newUser().username();

    ApiResponse wrongPassword = logIn(username, PASSWORD + "!");
    ApiResponse unknownUser = logIn(unique("nobody"), PASSWORD);

    assertProblem(401, unknownUser);
    assertEquals(wrongPassword.body(), unknownUser.body());
  }

  @Test
  void an_inactive_account_gets_the_same_401_body_as_a_wrong_password() {
    TestUser user = newUser();
    User stored = users.findByLoginName(LoginName.of(user.username())).orElseThrow();
    users.updateIfVersion(stored.withActive(false));

    ApiResponse inactive = logIn(user.username(), PASSWORD);

    assertProblem(401, inactive);
    assertEquals(logIn(user.username(), PASSWORD + "!").body(), inactive.body());
  }

  @Test
  void a_wrong_password_and_an_unknown_user_take_about_the_same_time() {
    // Three accounts, three failures each: none reaches the lockout. Attempts alternate so that a
    // slower moment of the machine falls on both kinds alike.
    List<String> known = List.of(newUser().username(), newUser().username(), newUser().username());
    List<Long> wrongPassword = new ArrayList<>();
    List<Long> unknownUser = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      String account = known.get(i % 3);
      wrongPassword.add(timed(() -> logIn(account, PASSWORD + "!")));
      unknownUser.add(timed(() -> logIn(unique("nobody"), PASSWORD)));
    }

    double ratio = (double) median(unknownUser) / median(wrongPassword);

    // Without the decoy hash an unknown user answers in a few per cent of the time.
    assertTrue(ratio > 0.5 && ratio < 2, "unknown/wrong-password median ratio " + ratio);
  }

  private static long timed(Runnable attempt) {
    long start = System.nanoTime();
    attempt.run();
    return System.nanoTime() - start;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  @Test
  void a_login_without_a_password_is_a_400() {
    ApiResponse response =
        api.request("POST", "/api/v1/auth/login").json(Map.of("username", "someone")).send();

    assertInvalid("password", response);
  }

  @Test
  void a_login_with_a_numeric_password_field_is_a_400_not_a_coerced_attempt() {
    ApiResponse response =
        api.request("POST", "/api/v1/auth/login")
            .json("{\"username\":\"someone\",\"password\":12345678}")
            .send();

    assertInvalid("password", response);
  }

  @Test
  void logging_in_records_the_last_login() {
    TestUser user = newUser();

    assertTrue(
        users.findByLoginName(LoginName.of(user.username())).orElseThrow().lastLogin() != null);
  }

  // ---- the access token and the JWKS

  @Test
  void the_access_token_is_an_rs256_or_es256_jwt_whose_kid_is_published_in_the_jwks()
      throws Exception {
    SignedJWT token = SignedJWT.parse(newUser().token());

    JWKSet keys = JWKSet.parse(api.request("GET", "/.well-known/jwks.json").send().body());

    assertTrue(
        Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256).contains(token.getHeader().getAlgorithm()));
    assertTrue(keys.getKeyByKeyId(token.getHeader().getKeyID()) != null, keys::toString);
  }

  @Test
  void the_access_token_verifies_offline_with_the_published_key() throws Exception {
    SignedJWT token = SignedJWT.parse(newUser().token());
    JWKSet keys = JWKSet.parse(api.request("GET", "/.well-known/jwks.json").send().body());

    JWK key = keys.getKeyByKeyId(token.getHeader().getKeyID());
    JWSVerifier verifier =
        key instanceof ECKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier(key.toRSAKey());

    assertTrue(token.verify(verifier));
  }

  @Test
  void the_access_token_carries_the_user_and_lives_15_minutes() throws Exception {
    TestUser user = newUser();

    var claims = SignedJWT.parse(user.token()).getJWTClaimsSet();

    assertEquals(user.id(), claims.getSubject());
    assertEquals(user.username(), claims.getStringClaim("preferred_username"));
    assertEquals(List.of("USER"), claims.getStringListClaim("roles"));
    assertEquals(ISSUER, claims.getIssuer());
    assertFalse(claims.getJWTID().isBlank());
    assertEquals(
        Duration.ofMinutes(15),
        Duration.between(
            claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()));
  }

  @Test
  void every_token_has_its_own_id() throws Exception {
    TestUser user = newUser();
    String again = logIn(user.username(), PASSWORD).text("access_token");

    assertFalse(
        SignedJWT.parse(user.token())
            .getJWTClaimsSet()
            .getJWTID()
            .equals(SignedJWT.parse(again).getJWTClaimsSet().getJWTID()));
  }

  @Test
  void the_jwks_is_public_json_with_no_private_key_material() {
    ApiResponse jwks = api.request("GET", "/.well-known/jwks.json").send();

    assertEquals(200, jwks.status());
    assertTrue(jwks.header("Content-Type").orElse("").startsWith("application/json"));
    var key = jwks.json().get("keys").get(0);
    assertTrue(Set.of("EC", "RSA").contains(key.get("kty").getStringValue()), jwks::toString);
    assertNull(key.get("d"), jwks::toString);
    assertNull(key.get("p"), jwks::toString);
  }

  private static String fullwidth(String ascii) {
    var wide = new StringBuilder();
    ascii.codePoints().forEach(c -> wide.appendCodePoint(c >= '!' && c <= '~' ? c + 0xFEE0 : c));
    return wide.toString();
  }
}
