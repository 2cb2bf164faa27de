package dev.lexicon.api;

import static dev.lexicon.api.DictionaryApiSpec.assertUnauthenticated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.LoginName;
import dev.lexicon.domain.user.PasswordHash;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.Username;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * API.md, Users: the administrators' routes, the first administrator made at start-up, and the rule
 * that one active administrator always remains. The service starts with ADMIN_USERNAME, ADMIN_EMAIL
 * and ADMIN_PASSWORD set (as lexicon.first-admin.*).
 */
abstract class AdminApiSpec extends ApiTest {

  static final String USERS = "/api/v1/users";
  static final String ADMIN_PASSWORD = "granite owls keep the ledger";

  @Inject UserRepository users;

  final String adminUsername = unique("admin");
  final String adminEmail = adminUsername + "@example.com";
  String admin;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("lexicon.first-admin.username", adminUsername);
    properties.put("lexicon.first-admin.email", adminEmail);
    properties.put("lexicon.first-admin.password", ADMIN_PASSWORD);
    return properties;
  }

  @BeforeAll
  void logInAsTheFirstAdministrator() {
    admin = Tokens.of(logIn(adminUsername, ADMIN_PASSWORD)).access();
  }

  ApiResponse getUser(String token, String id) {
    return api.request("GET", USERS + "/" + id).token(token).send();
  }

  ApiResponse patch(String token, String id, String json) {
    return api.request("PATCH", USERS + "/" + id).token(token).json(json).send();
  }

  ApiResponse list(String token, String query) {
    return api.request("GET", USERS + query).token(token).send();
  }

  /** A new user made administrator by the first one, logged in again for a token that says so. */
  TestUser newAdmin() {
    TestUser user = newUser();
    ApiResponse promoted = patch(admin, user.id(), "{\"roles\":[\"USER\",\"ADMIN\"]}");
    assertEquals(200, promoted.status(), promoted::toString);
    return new TestUser(user.id(), user.username(), user.email(), logInAgain(user).access());
  }

  /** Users straight into the store: a page test needs many, and hashing each would be slow. */
  void addUsers(int count) {
    for (int i = 0; i < count; i++) {
      String name = unique("bulk");
      users.add(
          User.register(
              users.nextId(),
              new Username(name),
              new Email(name + "@example.com"),
              new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$c29tZWhhc2g"),
              Instant.now()));
    }
  }

  /** Every user, page by page, each page checked: full unless it is the last. */
  List<String> walkAllUsers(int limit) {
    List<String> ids = new ArrayList<>();
    String query = "?limit=" + limit;
    while (true) {
      ApiResponse page = list(admin, query);
      assertEquals(200, page.status(), page::toString);
      page.json().get("items").values().forEach(item -> ids.add(item.get("id").getStringValue()));
      String next = page.text("nextCursor");
      if (next == null) {
        return ids;
      }
      assertEquals(limit, page.json().get("items").size(), page::toString);
      query = "?limit=" + limit + "&cursor=" + next;
    }
  }

  /**
   * Runs the check while {@code only} is the one active administrator, then restores the others.
   * The suites share one database, so other suites' administrators are set aside for the moment.
   */
  void whileTheOnlyActiveAdmin(TestUser only, Runnable check) {
    List<String> setAside = new ArrayList<>();
    for (JsonNode user : allUsers()) {
      String id = user.get("id").getStringValue();
      boolean activeAdmin = user.get("isActive").getBooleanValue() && roles(user).contains("ADMIN");
      if (activeAdmin && !id.equals(only.id())) {
        assertEquals(200, patch(only.token(), id, "{\"roles\":[\"USER\"]}").status());
        setAside.add(id);
      }
    }
    try {
      check.run();
    } finally {
      setAside.forEach(id -> patch(only.token(), id, "{\"roles\":[\"USER\",\"ADMIN\"]}"));
      // Taking the role away revoked the first administrator's session too.
      logInAsTheFirstAdministrator();
    }
  }

  private List<JsonNode> allUsers() {
    List<JsonNode> all = new ArrayList<>();
    String query = "?limit=1000";
    while (true) {
      ApiResponse page = list(admin, query);
      page.json().get("items").values().forEach(all::add);
      String next = page.text("nextCursor");
      if (next == null) {
        return all;
      }
      query = "?limit=1000&cursor=" + next;
    }
  }

  static Set<String> roles(JsonNode user) {
    Set<String> roles = new HashSet<>();
    user.get("roles").values().forEach(role -> roles.add(role.getStringValue()));
    return roles;
  }

  // ---- the first administrator

  @Test
  void the_first_administrator_is_created_at_start_up_as_an_active_admin() {
    ApiResponse response = me(admin);

    assertEquals(adminUsername, response.text("username"), response::toString);
    assertEquals(adminEmail, response.text("email"));
    assertTrue(response.json().get("isActive").getBooleanValue());
    assertEquals(Set.of("ADMIN", "USER"), roles(response.json()));
  }

  @Test
  void a_restart_with_the_same_settings_creates_no_second_administrator() {
    // The administrator moved to another address, so a second one could take ADMIN_EMAIL.
    String id = me(admin).text("id");
    ApiResponse moved = changeOwnEmail(unique("moved") + "@example.com");
    assertEquals(200, moved.status(), moved::toString);
    try (EmbeddedServer restarted = restart()) {
      assertTrue(users.findByLoginName(LoginName.of(adminEmail)).isEmpty());
      assertEquals(
          id, users.findByLoginName(LoginName.of(adminUsername)).orElseThrow().id().toString());
    } finally {
      changeOwnEmail(adminEmail);
    }
  }

  @Test
  void a_restart_keeps_the_administrators_password() {
    try (EmbeddedServer restarted = restart()) {
      assertEquals(200, logIn(adminUsername, ADMIN_PASSWORD).status());
    }
  }

  private ApiResponse changeOwnEmail(String email) {
    return api.request("PATCH", "/api/v1/users/me")
        .token(admin)
        .json(Map.of("email", email))
        .send();
  }

  private EmbeddedServer restart() {
    return ApplicationContext.run(
        EmbeddedServer.class,
        configuration(),
        server.getApplicationContext().getEnvironment().getActiveNames().toArray(String[]::new));
  }

  // ---- GET /users

  @Test
  void listing_users_answers_a_page_of_users() {
    ApiResponse page = list(admin, "?limit=5");

    assertEquals(200, page.status(), page::toString);
    assertEquals(Set.of("items", "nextCursor"), DictionaryApiSpec.fieldNames(page.json()));
    assertEquals(
        Set.of("id", "username", "email", "dateJoined", "lastLogin", "isActive", "roles"),
        DictionaryApiSpec.fieldNames(page.json().get("items").get(0)));
  }

  @Test
  void no_listed_user_carries_a_password_hash() {
    newUser();

    ApiResponse page = list(admin, "?limit=1000");

    assertFalse(page.body().contains("argon2"), "a password hash was listed");
  }

  @Test
  void a_page_holds_50_users_unless_asked_otherwise() {
    addUsers(51);

    ApiResponse page = list(admin, "");

    assertEquals(50, page.json().get("items").size(), page::toString);
    assertNotNull(page.text("nextCursor"), page::toString);
  }

  @Test
  void cursors_walk_through_every_user_once() {
    TestUser user = newUser();

    List<String> ids = walkAllUsers(7);

    assertEquals(ids.size(), new HashSet<>(ids).size(), "a user was listed twice");
    assertTrue(ids.contains(user.id()));
  }

  @Test
  void a_page_that_is_exactly_full_and_last_has_no_next_cursor() {
    // Nothing else writes users while a suite runs, so a count divisible by 5 stays so.
    addUsers((5 - walkAllUsers(1000).size() % 5) % 5);

    List<String> ids = walkAllUsers(5);

    assertEquals(0, ids.size() % 5, "the walk checks that the last page had a null cursor");
  }

  @Test
  void a_limit_of_1000_is_accepted() {
    assertEquals(200, list(admin, "?limit=1000").status());
  }

  @Test
  void a_limit_of_0_answers_400_naming_limit() {
    assertInvalid("limit", list(admin, "?limit=0"));
  }

  @Test
  void a_limit_of_1001_answers_400_naming_limit() {
    assertInvalid("limit", list(admin, "?limit=1001"));
  }

  @Test
  void a_limit_that_is_not_a_number_answers_400_naming_limit() {
    assertInvalid("limit", list(admin, "?limit=ten"));
  }

  @Test
  void a_cursor_the_service_did_not_issue_answers_400_naming_cursor() {
    assertInvalid("cursor", list(admin, "?cursor=not-a-cursor"));
  }

  @Test
  void listing_users_as_a_non_admin_answers_403() {
    assertProblem(403, list(newUser().token(), ""));
  }

  @Test
  void listing_users_without_a_token_answers_401() {
    assertUnauthenticated(api.request("GET", USERS).send());
  }

  // ---- GET /users/{id}

  @Test
  void an_admin_reads_any_user_by_id() {
    TestUser user = newUser();

    ApiResponse response = getUser(admin, user.id());

    assertEquals(200, response.status(), response::toString);
    assertEquals(user.username(), response.text("username"));
  }

  @Test
  void an_unknown_user_id_answers_404() {
    assertProblem(404, getUser(admin, UUID.randomUUID().toString()));
  }

  @Test
  void a_malformed_user_id_answers_400_naming_id() {
    assertInvalid("id", getUser(admin, "not-an-id"));
  }

  @Test
  void reading_a_user_as_a_non_admin_answers_403() {
    TestUser user = newUser();

    assertProblem(403, getUser(user.token(), user.id()));
  }

  @Test
  void reading_a_user_without_a_token_answers_401() {
    assertUnauthenticated(api.request("GET", USERS + "/" + UUID.randomUUID()).send());
  }

  // ---- PATCH /users/{id}

  @Test
  void an_admin_deactivates_a_user() {
    TestUser user = newUser();

    ApiResponse response = patch(admin, user.id(), "{\"isActive\":false}");

    assertEquals(200, response.status(), response::toString);
    assertFalse(response.json().get("isActive").getBooleanValue());
  }

  @Test
  void a_user_deactivated_by_an_admin_has_their_access_token_refused_at_once() {
    TestUser user = newUser();
    assertEquals(200, me(user.token()).status());

    patch(admin, user.id(), "{\"isActive\":false}");

    assertUnauthenticated(me(user.token()));
  }

  @Test
  void a_user_deactivated_by_an_admin_has_their_refresh_tokens_refused() {
    TestUser user = newUser();
    Tokens tokens = logInAgain(user);

    patch(admin, user.id(), "{\"isActive\":false}");

    assertProblem(401, refresh(tokens.refresh()));
  }

  @Test
  void a_user_deactivated_by_an_admin_gets_the_same_401_at_login_as_a_wrong_password() {
    TestUser user = newUser();
    patch(admin, user.id(), "{\"isActive\":false}");

    ApiResponse rightPassword = logIn(user.username(), PASSWORD);

    assertProblem(401, rightPassword);
    assertEquals(logIn(user.username(), PASSWORD + "!").body(), rightPassword.body());
  }

  @Test
  void a_reactivated_user_logs_in_again() {
    TestUser user = newUser();
    patch(admin, user.id(), "{\"isActive\":false}");

    patch(admin, user.id(), "{\"isActive\":true}");

    assertEquals(200, logIn(user.username(), PASSWORD).status());
  }

  @Test
  void an_admin_grants_the_admin_role() {
    TestUser user = newUser();

    ApiResponse response = patch(admin, user.id(), "{\"roles\":[\"USER\",\"ADMIN\"]}");

    assertEquals(200, response.status(), response::toString);
    assertEquals(Set.of("ADMIN", "USER"), roles(response.json()));
  }

  @Test
  void a_granted_admin_role_opens_the_admin_routes_from_the_next_login() {
    TestUser user = newUser();
    patch(admin, user.id(), "{\"roles\":[\"USER\",\"ADMIN\"]}");

    assertEquals(200, list(logInAgain(user).access(), "?limit=1").status());
  }

  @Test
  void an_admin_whose_admin_role_is_taken_away_has_their_access_token_refused_at_once() {
    TestUser admin2 = newAdmin();

    patch(admin, admin2.id(), "{\"roles\":[\"USER\"]}");

    assertUnauthenticated(me(admin2.token()));
  }

  @Test
  void roles_and_activity_change_together() {
    TestUser user = newUser();

    ApiResponse response = patch(admin, user.id(), "{\"isActive\":false,\"roles\":[\"ADMIN\"]}");

    assertFalse(response.json().get("isActive").getBooleanValue(), response::toString);
    assertEquals(Set.of("ADMIN"), roles(response.json()));
  }

  @Test
  void an_empty_role_list_answers_400_naming_roles() {
    assertInvalid("roles", patch(admin, newUser().id(), "{\"roles\":[]}"));
  }

  @Test
  void an_unknown_role_answers_400_naming_roles() {
    assertInvalid("roles", patch(admin, newUser().id(), "{\"roles\":[\"ROOT\"]}"));
  }

  @Test
  void roles_that_are_not_a_list_answer_400_naming_roles() {
    assertInvalid("roles", patch(admin, newUser().id(), "{\"roles\":\"ADMIN\"}"));
  }

  @Test
  void is_active_that_is_not_a_boolean_answers_400_naming_is_active() {
    assertInvalid("isActive", patch(admin, newUser().id(), "{\"isActive\":\"no\"}"));
  }

  @Test
  void is_active_as_the_string_true_is_refused_not_coerced() {
    assertInvalid("isActive", patch(admin, newUser().id(), "{\"isActive\":\"true\"}"));
  }

  @Test
  void is_active_as_a_number_is_refused_not_coerced() {
    assertInvalid("isActive", patch(admin, newUser().id(), "{\"isActive\":1}"));
  }

  @Test
  void a_role_wrapped_in_a_list_of_its_own_is_refused_not_unwrapped() {
    assertInvalid("roles", patch(admin, newUser().id(), "{\"roles\":[[\"ADMIN\"]]}"));
  }

  @Test
  void a_role_named_in_lowercase_is_refused() {
    assertInvalid("roles", patch(admin, newUser().id(), "{\"roles\":[\"admin\"]}"));
  }

  @Test
  void a_null_is_active_beside_roles_leaves_the_activity_as_it_is() {
    TestUser user = newUser();

    ApiResponse response = patch(admin, user.id(), "{\"isActive\":null,\"roles\":[\"USER\"]}");

    assertEquals(200, response.status(), response::toString);
    assertTrue(response.json().get("isActive").getBooleanValue(), response::toString);
  }

  @Test
  void a_patch_with_neither_field_answers_400_naming_both() {
    ApiResponse response = patch(admin, newUser().id(), "{}");

    assertProblem(400, response);
    Set<String> fields = new HashSet<>();
    response
        .json()
        .get("errors")
        .values()
        .forEach(e -> fields.add(e.get("field").getStringValue()));
    assertEquals(Set.of("isActive", "roles"), fields);
  }

  @Test
  void patching_an_unknown_user_answers_404() {
    assertProblem(404, patch(admin, UUID.randomUUID().toString(), "{\"isActive\":false}"));
  }

  @Test
  void patching_a_malformed_user_id_answers_400_naming_id() {
    assertInvalid("id", patch(admin, "not-an-id", "{\"isActive\":false}"));
  }

  @Test
  void patching_a_user_as_a_non_admin_answers_403() {
    TestUser user = newUser();

    assertProblem(403, patch(user.token(), user.id(), "{\"roles\":[\"ADMIN\"]}"));
  }

  @Test
  void patching_a_user_without_a_token_answers_401() {
    assertUnauthenticated(
        api.request("PATCH", USERS + "/" + UUID.randomUUID()).json("{\"isActive\":false}").send());
  }

  // ---- the last active administrator

  @Test
  void the_last_active_admin_cannot_take_away_their_own_admin_role() {
    TestUser only = newAdmin();

    whileTheOnlyActiveAdmin(
        only, () -> assertProblem(409, patch(only.token(), only.id(), "{\"roles\":[\"USER\"]}")));
  }

  @Test
  void the_last_active_admin_cannot_deactivate_themselves_through_the_admin_route() {
    TestUser only = newAdmin();

    whileTheOnlyActiveAdmin(
        only, () -> assertProblem(409, patch(only.token(), only.id(), "{\"isActive\":false}")));
  }

  @Test
  void the_last_active_admin_cannot_deactivate_their_own_account() {
    TestUser only = newAdmin();

    whileTheOnlyActiveAdmin(
        only,
        () ->
            assertProblem(
                409, api.request("DELETE", "/api/v1/users/me").token(only.token()).send()));
  }

  @Test
  void the_last_active_admin_stays_an_active_admin_after_a_refused_change() {
    TestUser only = newAdmin();

    whileTheOnlyActiveAdmin(
        only,
        () -> {
          patch(only.token(), only.id(), "{\"isActive\":false,\"roles\":[\"USER\"]}");
          JsonNode stored = getUser(only.token(), only.id()).json();
          assertTrue(stored.get("isActive").getBooleanValue());
          assertTrue(roles(stored).contains("ADMIN"));
        });
  }

  @Test
  void an_admin_who_is_not_the_last_may_step_down() {
    TestUser admin2 = newAdmin();

    ApiResponse response = patch(admin2.token(), admin2.id(), "{\"roles\":[\"USER\"]}");

    assertEquals(200, response.status(), response::toString);
  }

  @Test
  void a_lone_admin_check_is_about_active_admins_an_inactive_one_does_not_count() {
    TestUser only = newAdmin();
    TestUser inactive = newAdmin();
    patch(admin, inactive.id(), "{\"isActive\":false}");

    whileTheOnlyActiveAdmin(
        only, () -> assertProblem(409, patch(only.token(), only.id(), "{\"roles\":[\"USER\"]}")));
  }
}
