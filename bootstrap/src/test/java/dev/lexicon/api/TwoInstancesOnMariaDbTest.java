package dev.lexicon.api;

import static dev.lexicon.api.DictionaryApiSpec.assertUnauthenticated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.LoginName;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Two instances of the service on one MariaDB, as a deployment behind a load balancer runs them.
 * They share the database and the signing key and nothing else: no message passes between them, so
 * whatever one decides, the other can only learn from the database.
 */
@EnabledIfSystemProperty(named = Databases.MYSQL_URL_PROPERTY, matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesOnMariaDbTest {

  static final String PASSWORD = ApiTest.PASSWORD;

  private final Map<String, String> database = Databases.mariaDb();

  /** The instances' data directories, each in its own folder under this one. */
  @TempDir static Path dataDirs;

  private final List<EmbeddedServer> servers = new ArrayList<>();
  private ApiClient one;
  private ApiClient two;

  @BeforeAll
  void startTwoInstances() {
    one = client(start(Map.of()));
    two = client(start(Map.of()));
  }

  @AfterAll
  void stopThem() {
    servers.forEach(EmbeddedServer::close);
  }

  // ---- logout

  @Test
  void a_logout_on_one_instance_is_honoured_by_the_other_within_5_seconds() throws Exception {
    String access = logIn(one, newUser(one)).access();
    assertEquals(200, me(two, access).status());

    assertEquals(204, one.request("POST", "/api/v1/auth/logout").token(access).send().status());

    assertRefusedWithinFiveSeconds(two, access);
  }

  @Test
  void a_password_change_on_one_instance_revokes_the_tokens_on_the_other_within_5_seconds()
      throws Exception {
    String access = logIn(one, newUser(one)).access();
    assertEquals(200, me(two, access).status());

    ApiResponse changed =
        one.request("PUT", "/api/v1/users/me/password")
            .token(access)
            .json(Map.of("currentPassword", PASSWORD, "newPassword", "amber lanterns over rivers"))
            .send();
    assertEquals(204, changed.status(), changed::toString);

    assertRefusedWithinFiveSeconds(two, access);
  }

  @Test
  void a_deactivation_on_one_instance_revokes_the_tokens_on_the_other_within_5_seconds()
      throws Exception {
    String access = logIn(one, newUser(one)).access();
    assertEquals(200, me(two, access).status());

    assertEquals(204, one.request("DELETE", "/api/v1/users/me").token(access).send().status());

    assertRefusedWithinFiveSeconds(two, access);
  }

  // ---- refresh-token reuse

  @Test
  void reuse_detected_on_one_instance_retires_the_newest_refresh_token_on_the_other() {
    ApiTest.Tokens first = logIn(one, newUser(one));
    ApiTest.Tokens newest = ApiTest.Tokens.of(refresh(one, first.refresh()));

    assertEquals(401, refresh(one, first.refresh()).status());

    assertProblem401(refresh(two, newest.refresh()));
  }

  @Test
  void reuse_detected_on_one_instance_revokes_the_newest_access_token_on_the_other_within_5_s()
      throws Exception {
    ApiTest.Tokens first = logIn(one, newUser(one));
    ApiTest.Tokens newest = ApiTest.Tokens.of(refresh(one, first.refresh()));
    assertEquals(200, me(two, newest.access()).status());

    assertEquals(401, refresh(one, first.refresh()).status());

    assertRefusedWithinFiveSeconds(two, newest.access());
  }

  @Test
  void a_refresh_token_rotated_on_one_instance_is_reuse_on_the_other() {
    ApiTest.Tokens first = logIn(one, newUser(one));
    ApiTest.Tokens newest = ApiTest.Tokens.of(refresh(one, first.refresh()));

    assertProblem401(refresh(two, first.refresh()));
    assertProblem401(refresh(one, newest.refresh()));
  }

  // ---- the login throttle

  @Test
  void five_failures_counted_on_one_instance_close_the_account_on_the_other() {
    String username = newUser(one);
    failLogins(one, username, 5);

    assertEquals(429, logIn(two, username, PASSWORD).status());
  }

  @Test
  void failures_on_both_instances_add_up() {
    String username = newUser(one);
    failLogins(one, username, 3);
    failLogins(two, username, 2);

    assertEquals(429, logIn(one, username, PASSWORD).status());
    assertEquals(429, logIn(two, username, PASSWORD).status());
  }

  @Test
  void twenty_simultaneous_wrong_passwords_split_over_two_instances_get_at_most_five_401s()
      throws Exception {
    String username = newUser(one);

    List<Integer> statuses =
        ApiTest.concurrently(
            20, i -> logIn(i % 2 == 0 ? one : two, username, PASSWORD + "!" + i).status());

    assertTrue(Set.of(401, 429).containsAll(statuses), statuses::toString);
    assertTrue(Collections.frequency(statuses, 401) <= 5, statuses::toString);
    assertEquals(429, logIn(two, username, PASSWORD).status());
  }

  // ---- conditional writes of one entry split over both instances: the database decides

  @Test
  void of_puts_with_the_same_if_match_split_over_two_instances_exactly_one_succeeds()
      throws Exception {
    String token = logIn(one, newUser(one)).access();
    String path = newEntry(token);

    List<Integer> statuses =
        tenAtOnceSplitOverBoth(api -> put(api, token, path, "v2").header("If-Match", "\"1\""));

    assertEquals(1, Collections.frequency(statuses, 200), statuses::toString);
    assertEquals(9, Collections.frequency(statuses, 412), statuses::toString);
  }

  @Test
  void of_deletes_with_the_same_if_match_split_over_two_instances_exactly_one_succeeds()
      throws Exception {
    String token = logIn(one, newUser(one)).access();
    String path = newEntry(token);

    List<Integer> statuses =
        tenAtOnceSplitOverBoth(
            api -> api.request("DELETE", path).token(token).header("If-Match", "\"1\""));

    assertEquals(1, Collections.frequency(statuses, 204), statuses::toString);
    assertEquals(9, Collections.frequency(statuses, 412), statuses::toString);
    assertEquals(404, one.request("GET", path).token(token).send().status());
  }

  // ---- a write on one instance after the other changed the entry: the store, not memory, decides

  @Test
  void a_put_after_the_other_instance_changed_the_entry_revises_the_stored_version() {
    String token = logIn(one, newUser(one)).access();
    String path = entryTheOtherInstanceRevised(token);

    ApiResponse written = put(one, token, path, "v3").send();

    assertEquals(200, written.status(), written::toString);
    assertEquals("\"3\"", written.header("ETag").orElseThrow());
    assertEquals("v3", one.request("GET", path).token(token).send().text("value"));
  }

  @Test
  void a_put_if_match_of_the_version_the_other_instance_wrote_succeeds() {
    String token = logIn(one, newUser(one)).access();
    String path = entryTheOtherInstanceRevised(token);

    ApiResponse written = put(one, token, path, "v3").header("If-Match", "\"2\"").send();

    assertEquals(200, written.status(), written::toString);
  }

  @Test
  void a_put_if_match_of_the_version_this_instance_wrote_fails_once_the_other_changed_it() {
    String token = logIn(one, newUser(one)).access();
    String path = entryTheOtherInstanceRevised(token);

    ApiResponse refused = put(one, token, path, "v3").header("If-Match", "\"1\"").send();

    assertEquals(412, refused.status(), refused::toString);
  }

  @Test
  void a_put_after_the_other_instance_deleted_the_entry_creates_it_anew() {
    String token = logIn(one, newUser(one)).access();
    String path = newEntry(token);
    assertEquals(204, two.request("DELETE", path).token(token).send().status());

    ApiResponse created = put(one, token, path, "again").send();

    assertEquals(201, created.status(), created::toString);
    assertEquals("\"1\"", created.header("ETag").orElseThrow());
  }

  @Test
  void the_former_owner_may_not_write_on_a_key_someone_else_recreated_on_the_other_instance() {
    String former = logIn(one, newUser(one)).access();
    String path = newEntry(former);
    assertEquals(204, two.request("DELETE", path).token(former).send().status());
    String newOwner = logIn(two, newUser(two)).access();
    assertEquals(201, put(two, newOwner, path, "theirs").send().status());

    ApiResponse refused = put(one, former, path, "mine").send();

    assertEquals(403, refused.status(), refused::toString);
    assertEquals("theirs", one.request("GET", path).token(former).send().text("value"));
  }

  /** Ten of the request at once, every other one to each instance; their statuses. */
  private List<Integer> tenAtOnceSplitOverBoth(Function<ApiClient, ApiClient.Request> request)
      throws Exception {
    return ApiTest.concurrently(10, i -> request.apply(i % 2 == 0 ? one : two).send().status());
  }

  // ---- account changes on one instance racing logins on the other

  @Test
  void a_demotion_on_one_instance_racing_logins_on_the_other_leaves_no_token_an_admin()
      throws Exception {
    String racer = newAdmin(one);
    String demoting = newAdmin(one);
    String demoter = logIn(one, demoting).access();

    List<String> tokens =
        LoginRace.tokensDuring(
            two,
            racer,
            PASSWORD,
            () ->
                one.request("PATCH", "/api/v1/users/" + idOf(racer))
                    .token(demoter)
                    .json("{\"roles\":[\"USER\"]}")
                    .send());

    for (String token : tokens) {
      assertNoLongerAdminWithinFiveSeconds(one, token);
      assertNoLongerAdminWithinFiveSeconds(two, token);
    }
  }

  @Test
  void a_password_change_on_one_instance_racing_logins_on_the_other_revokes_them_all()
      throws Exception {
    String racer = newUser(one);
    String access = logIn(one, racer).access();

    List<String> tokens =
        LoginRace.tokensDuring(
            two,
            racer,
            PASSWORD,
            () ->
                one.request("PUT", "/api/v1/users/me/password")
                    .token(access)
                    .json(
                        Map.of(
                            "currentPassword",
                            PASSWORD,
                            "newPassword",
                            "amber lanterns over rivers"))
                    .send());

    assertNotEquals(200, logIn(two, racer, PASSWORD).status());
    for (String token : tokens) {
      assertRefusedWithinFiveSeconds(two, token);
      assertRefusedWithinFiveSeconds(one, token);
    }
  }

  @Test
  void a_deactivation_on_one_instance_racing_logins_on_the_other_revokes_them_all()
      throws Exception {
    String racer = newUser(one);
    String admin = logIn(one, newAdmin(one)).access();

    List<String> tokens =
        LoginRace.tokensDuring(
            two,
            racer,
            PASSWORD,
            () ->
                one.request("PATCH", "/api/v1/users/" + idOf(racer))
                    .token(admin)
                    .json("{\"isActive\":false}")
                    .send());

    assertNotEquals(200, logIn(two, racer, PASSWORD).status());
    for (String token : tokens) {
      assertRefusedWithinFiveSeconds(two, token);
      assertRefusedWithinFiveSeconds(one, token);
    }
  }

  // ---- the first administrator

  @Test
  void two_instances_starting_together_create_the_first_administrator_once() throws Exception {
    String admin = ApiTest.unique("admin");
    Map<String, String> firstAdmin =
        Map.of(
            "lexicon.first-admin.username",
            admin,
            "lexicon.first-admin.email",
            admin + "@example.com",
            "lexicon.first-admin.password",
            "granite owls keep the ledger");
    ListAppender<ILoggingEvent> log = listen("dev.lexicon.wiring.FirstAdmin");

    List<EmbeddedServer> started = startTogether(firstAdmin, 2);

    long created =
        log.list.stream()
            .map(ILoggingEvent::getFormattedMessage)
            .filter(line -> line.equals("Created the first administrator '" + admin + "'"))
            .count();
    assertEquals(1, created, log.list::toString);
    for (EmbeddedServer server : started) {
      ApiResponse loggedIn = logIn(client(server), admin, "granite owls keep the ledger");
      assertEquals(200, loggedIn.status(), loggedIn::toString);
    }
  }

  @Test
  void both_instances_started_together_see_the_one_administrator_as_admin() throws Exception {
    String admin = ApiTest.unique("admin");
    List<EmbeddedServer> started =
        startTogether(
            Map.of(
                "lexicon.first-admin.username",
                admin,
                "lexicon.first-admin.email",
                admin + "@example.com",
                "lexicon.first-admin.password",
                "granite owls keep the ledger"),
            2);

    for (EmbeddedServer server : started) {
      ApiClient api = client(server);
      String token = ApiTest.Tokens.of(logIn(api, admin, "granite owls keep the ledger")).access();
      assertEquals(200, api.request("GET", "/api/v1/users?limit=1").token(token).send().status());
    }
  }

  // ---- helpers

  /** A user with the ADMIN role, granted through the store both instances share. */
  private String newAdmin(ApiClient api) {
    String username = newUser(api);
    UserRepository users = servers.get(0).getApplicationContext().getBean(UserRepository.class);
    User stored = users.findByLoginName(LoginName.of(username)).orElseThrow();
    users.updateIfVersion(stored.withRoles(EnumSet.of(Role.USER, Role.ADMIN)));
    return username;
  }

  private String idOf(String username) {
    UserRepository users = servers.get(0).getApplicationContext().getBean(UserRepository.class);
    return users.findByLoginName(LoginName.of(username)).orElseThrow().id().toString();
  }

  /** An admin route answers anything but 200, within the other instance's cache lifetime. */
  private static void assertNoLongerAdminWithinFiveSeconds(ApiClient api, String accessToken)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    ApiResponse response = listUsers(api, accessToken);
    while (response.status() == 200 && System.nanoTime() < deadline) {
      Thread.sleep(50);
      response = listUsers(api, accessToken);
    }
    assertTrue(response.status() == 401 || response.status() == 403, response::toString);
  }

  private static ApiResponse listUsers(ApiClient api, String accessToken) {
    return api.request("GET", "/api/v1/users?limit=1").token(accessToken).send();
  }

  private EmbeddedServer start(Map<String, String> extra) {
    Map<String, Object> properties = new HashMap<>(database);
    properties.putAll(extra);
    try {
      properties.put(
          "lexicon.data-dir", Files.createTempDirectory(dataDirs, "instance").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    properties.put("lexicon.tokens.issuer", ApiTest.ISSUER);
    properties.put("micronaut.server.port", "-1");
    EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "mysql");
    synchronized (servers) {
      servers.add(server);
    }
    return server;
  }

  /** Starts instances at the same moment, as an orchestrator that scales out does. */
  private List<EmbeddedServer> startTogether(Map<String, String> extra, int count)
      throws Exception {
    return ApiTest.concurrently(count, i -> start(extra));
  }

  private static ListAppender<ILoggingEvent> listen(String loggerName) {
    Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
    logger.setLevel(Level.INFO);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    return appender;
  }

  private static ApiClient client(EmbeddedServer server) {
    return new ApiClient(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
  }

  private static String newUser(ApiClient api) {
    String username = ApiTest.unique("u");
    ApiResponse registered =
        api.request("POST", "/api/v1/auth/register")
            .json(
                Map.of(
                    "username", username, "email", username + "@example.com", "password", PASSWORD))
            .send();
    assertEquals(201, registered.status(), registered::toString);
    return username;
  }

  private static ApiResponse logIn(ApiClient api, String username, String password) {
    return api.request("POST", "/api/v1/auth/login")
        .json(Map.of("username", username, "password", password))
        .send();
  }

  private static ApiTest.Tokens logIn(ApiClient api, String username) {
    return ApiTest.Tokens.of(logIn(api, username, PASSWORD));
  }

  /** A new entry at version 1, created through instance one; its path. */
  private String newEntry(String token) {
    String path = "/api/v1/dictionary/two-instances/" + ApiTest.unique("k");
    assertEquals(201, put(one, token, path, "v1").send().status());
    return path;
  }

  /** An entry created through instance one and revised through instance two (version 2). */
  private String entryTheOtherInstanceRevised(String token) {
    String path = newEntry(token);
    assertEquals(200, put(two, token, path, "v2").send().status());
    return path;
  }

  private static ApiClient.Request put(ApiClient api, String token, String path, String value) {
    return api.request("PUT", path).token(token).json(Map.of("value", value));
  }

  private static ApiResponse refresh(ApiClient api, String refreshToken) {
    return api.request("POST", "/api/v1/auth/refresh")
        .json(Map.of("refresh_token", refreshToken))
        .send();
  }

  private static ApiResponse me(ApiClient api, String accessToken) {
    return api.request("GET", "/api/v1/users/me").token(accessToken).send();
  }

  private static void failLogins(ApiClient api, String username, int times) {
    for (int i = 0; i < times; i++) {
      assertEquals(401, logIn(api, username, PASSWORD + "!").status());
    }
  }

  private static void assertProblem401(ApiResponse response) {
    ApiTest.assertProblem(401, response);
    assertTrue(response.header("WWW-Authenticate").isEmpty(), response::toString);
  }

  /** Polls the other instance, which may answer from its cache for up to its lifetime. */
  private static void assertRefusedWithinFiveSeconds(ApiClient api, String accessToken)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    ApiResponse response = me(api, accessToken);
    while (response.status() == 200 && System.nanoTime() < deadline) {
      Thread.sleep(50);
      response = me(api, accessToken);
    }
    assertUnauthenticated(response);
  }
}
