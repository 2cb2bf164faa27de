package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import dev.lexicon.client.ApiClient;
import dev.lexicon.client.ApiException;
import dev.lexicon.client.api.AdminApi;
import dev.lexicon.client.api.AuthApi;
import dev.lexicon.client.api.DictionaryApi;
import dev.lexicon.client.api.OperationsApi;
import dev.lexicon.client.api.UsersApi;
import dev.lexicon.client.model.AdministerUserRequest;
import dev.lexicon.client.model.Entry;
import dev.lexicon.client.model.EntryPage;
import dev.lexicon.client.model.Health;
import dev.lexicon.client.model.Jwk;
import dev.lexicon.client.model.LogInRequest;
import dev.lexicon.client.model.LogOutRequest;
import dev.lexicon.client.model.Problem;
import dev.lexicon.client.model.PutEntryRequest;
import dev.lexicon.client.model.RefreshRequest;
import dev.lexicon.client.model.RegisterRequest;
import dev.lexicon.client.model.Role;
import dev.lexicon.client.model.TokenPair;
import dev.lexicon.client.model.User;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 11, point 4: a Java client generated at build time from the description the service
 * publishes (openapi-generator, library {@code okhttp-gson}, its default) does everything a
 * consumer needs, against the running service. Every call goes through the generated APIs and
 * models, and no header is set by hand: the access token goes in through the bearer scheme the
 * description declares. (The {@code native} library implements no security scheme,
 * openapi-generator issue 6742.)
 */
abstract class GeneratedClientSpec extends ApiTest {

  static final String ADMIN_PASSWORD = "granite owls keep the ledger";

  final String adminUsername = unique("admin");
  Consumer admin;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("lexicon.first-admin.username", adminUsername);
    properties.put("lexicon.first-admin.email", adminUsername + "@example.com");
    properties.put("lexicon.first-admin.password", ADMIN_PASSWORD);
    return properties;
  }

  @BeforeAll
  void logInAsTheFirstAdministrator() throws ApiException {
    TokenPair tokens = auth(anonymous()).logIn(logInRequest(adminUsername, ADMIN_PASSWORD));
    User self = new UsersApi(authorised(tokens.getAccessToken())).getCurrentUser();
    admin = new Consumer(self, tokens);
  }

  /** A registered, logged-in user, seen as the generated client sees them. */
  record Consumer(User user, TokenPair tokens) {}

  /** The client a consumer builds: pointed at the service, nothing else configured. */
  ApiClient anonymous() {
    ApiClient client = new ApiClient();
    client.setBasePath(server.getURL().toString());
    return client;
  }

  ApiClient authorised(String accessToken) {
    ApiClient client = anonymous();
    client.setBearerToken(accessToken);
    return client;
  }

  ApiClient authorised(Consumer consumer) {
    return authorised(consumer.tokens().getAccessToken());
  }

  static AuthApi auth(ApiClient client) {
    return new AuthApi(client);
  }

  static LogInRequest logInRequest(String username, String password) {
    return new LogInRequest().username(username).password(password);
  }

  Consumer newConsumer() throws ApiException {
    String username = unique("c");
    User registered =
        auth(anonymous())
            .register(
                new RegisterRequest()
                    .username(username)
                    .email(username + "@example.com")
                    .password(PASSWORD));
    return new Consumer(registered, auth(anonymous()).logIn(logInRequest(username, PASSWORD)));
  }

  static PutEntryRequest value(String value) {
    return new PutEntryRequest().value(value);
  }

  /** The problem a refused call carries, read with the client's own mapper into its own model. */
  Problem problemOf(ApiException refusal) throws IOException {
    return anonymous().getJSON().deserialize(refusal.getResponseBody(), Problem.class);
  }

  static ApiException refused(int status, Executable call) {
    ApiException refusal = assertThrows(ApiException.class, call);
    assertEquals(status, refusal.getCode(), refusal::getMessage);
    return refusal;
  }

  static String etagOf(dev.lexicon.client.ApiResponse<?> response) {
    return response.getHeaders().entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase("ETag"))
        .flatMap(header -> header.getValue().stream())
        .findFirst()
        .orElseThrow();
  }

  // ---- auth and the current user

  @Test
  void registering_answers_201_with_the_location_of_the_new_user() throws ApiException {
    String username = unique("c");

    var registered =
        auth(anonymous())
            .registerWithHttpInfo(
                new RegisterRequest()
                    .username(username)
                    .email(username + "@example.com")
                    .password(PASSWORD));

    assertEquals(201, registered.getStatusCode());
    assertEquals(
        List.of("/api/v1/users/" + registered.getData().getId()),
        registered.getHeaders().get("Location"));
  }

  @Test
  void a_registered_consumer_logs_in_and_reads_themselves_at_users_me() throws ApiException {
    Consumer consumer = newConsumer();

    User me = new UsersApi(authorised(consumer)).getCurrentUser();

    assertEquals(consumer.user().getId(), me.getId());
    assertEquals(consumer.user().getUsername(), me.getUsername());
    assertEquals(List.of(Role.USER), me.getRoles());
  }

  @Test
  void a_refresh_hands_out_a_new_pair_whose_access_token_works() throws ApiException {
    Consumer consumer = newConsumer();

    TokenPair refreshed =
        auth(anonymous())
            .refreshTokens(new RefreshRequest().refreshToken(consumer.tokens().getRefreshToken()));

    assertNotEquals(consumer.tokens().getRefreshToken(), refreshed.getRefreshToken());
    assertEquals(
        consumer.user().getId(),
        new UsersApi(authorised(refreshed.getAccessToken())).getCurrentUser().getId());
  }

  @Test
  void after_logging_out_the_access_token_is_refused() throws ApiException {
    Consumer consumer = newConsumer();

    auth(authorised(consumer))
        .logOut(new LogOutRequest().refreshToken(consumer.tokens().getRefreshToken()));

    refused(401, () -> new UsersApi(authorised(consumer)).getCurrentUser());
  }

  @Test
  void a_call_without_a_token_is_refused_with_a_problem_that_reads_as_the_typed_model()
      throws IOException {
    ApiException refusal = refused(401, () -> new UsersApi(anonymous()).getCurrentUser());

    Problem problem = problemOf(refusal);

    assertEquals(401, problem.getStatus());
    assertFalse(problem.getType().isBlank(), problem::toString);
    assertFalse(problem.getTitle().isBlank(), problem::toString);
    assertFalse(problem.getDetail().isBlank(), problem::toString);
  }

  @Test
  void the_jwks_publishes_the_key_named_by_the_access_tokens_kid() throws Exception {
    String kid = SignedJWT.parse(admin.tokens().getAccessToken()).getHeader().getKeyID();

    List<String> kids = auth(anonymous()).getJwks().getKeys().stream().map(Jwk::getKid).toList();

    assertTrue(kids.contains(kid), () -> kids + " lacks " + kid);
  }

  // ---- the dictionary

  @Test
  void an_entry_put_under_a_key_with_slashes_is_read_back_under_that_key() throws ApiException {
    // The generated client percent-encodes every / of a path parameter (app%2Fdb%2Furl); the key
    // is the percent-decoded path, so that names the same entry as the literal slashes do.
    DictionaryApi dictionary = new DictionaryApi(authorised(newConsumer()));
    String key = namespace() + "app/db/url";

    dictionary.putEntry(key, value("jdbc:mariadb://db/app"), null, null);

    Entry entry = dictionary.getEntry(key, null);
    assertEquals(key, entry.getKey());
    assertEquals("jdbc:mariadb://db/app", entry.getValue());
  }

  @Test
  void putting_a_key_that_does_not_exist_yet_answers_201() throws ApiException {
    DictionaryApi dictionary = new DictionaryApi(authorised(newConsumer()));

    var created =
        dictionary.putEntryWithHttpInfo(namespace() + "app/db/url", value("v1"), null, null);

    assertEquals(201, created.getStatusCode());
  }

  @Test
  void reading_an_entry_gives_its_version_as_the_etag() throws ApiException {
    DictionaryApi dictionary = new DictionaryApi(authorised(newConsumer()));
    String key = namespace() + "app/db/url";
    dictionary.putEntry(key, value("v1"), null, null);

    var read = dictionary.getEntryWithHttpInfo(key, null);

    assertEquals("\"" + read.getData().getVersion() + "\"", etagOf(read));
  }

  @Test
  void a_read_naming_the_current_etag_in_if_none_match_answers_304() throws ApiException {
    DictionaryApi dictionary = new DictionaryApi(authorised(newConsumer()));
    String key = namespace() + "app/db/url";
    dictionary.putEntry(key, value("v1"), null, null);
    String etag = etagOf(dictionary.getEntryWithHttpInfo(key, null));

    // The native client counts only 2xx as success, so a 304 reaches the caller as an exception.
    refused(304, () -> dictionary.getEntry(key, etag));
  }

  @Test
  void a_conditional_put_with_the_current_etag_wins() throws ApiException {
    DictionaryApi dictionary = new DictionaryApi(authorised(newConsumer()));
    String key = namespace() + "app/db/url";
    dictionary.putEntry(key, value("v1"), null, null);
    String etag = etagOf(dictionary.getEntryWithHttpInfo(key, null));

    Entry updated = dictionary.putEntry(key, value("v2"), etag, null);

    assertEquals("v2", updated.getValue());
    assertEquals("v2", dictionary.getEntry(key, null).getValue());
  }

  @Test
  void a_conditional_put_with_a_stale_etag_gets_412_and_changes_nothing() throws Exception {
    DictionaryApi dictionary = new DictionaryApi(authorised(newConsumer()));
    String key = namespace() + "app/db/url";
    dictionary.putEntry(key, value("v1"), null, null);
    String stale = etagOf(dictionary.getEntryWithHttpInfo(key, null));
    dictionary.putEntry(key, value("v2"), null, null);

    ApiException refusal = refused(412, () -> dictionary.putEntry(key, value("v3"), stale, null));

    assertEquals(412, problemOf(refusal).getStatus());
    assertEquals("v2", dictionary.getEntry(key, null).getValue());
  }

  @Test
  void listing_by_prefix_and_following_next_cursor_reaches_every_entry_once_in_key_order()
      throws ApiException {
    DictionaryApi dictionary = new DictionaryApi(authorised(newConsumer()));
    String ns = namespace();
    List<String> keys = List.of(ns + "a", ns + "b/c", ns + "b/d", ns + "e", ns + "f");
    for (String key : keys) {
      dictionary.putEntry(key, value(key), null, null);
    }

    List<String> listed = new ArrayList<>();
    int pages = 0;
    String cursor = null;
    do {
      EntryPage page = dictionary.listEntries(ns, 2, cursor);
      page.getItems().forEach(entry -> listed.add(entry.getKey()));
      cursor = page.getNextCursor();
      pages++;
    } while (cursor != null);

    assertEquals(keys, listed);
    assertEquals(3, pages);
  }

  @Test
  void a_deleted_entry_is_gone() throws ApiException {
    DictionaryApi dictionary = new DictionaryApi(authorised(newConsumer()));
    String key = namespace() + "app/db/url";
    dictionary.putEntry(key, value("v1"), null, null);

    dictionary.deleteEntry(key, null);

    refused(404, () -> dictionary.getEntry(key, null));
  }

  // ---- administration

  @Test
  void an_admin_grants_the_admin_role_and_deactivates_through_the_typed_patch()
      throws ApiException {
    Consumer consumer = newConsumer();

    User changed =
        new AdminApi(authorised(admin))
            .administerUser(
                consumer.user().getId().toString(),
                new AdministerUserRequest().isActive(false).roles(List.of(Role.USER, Role.ADMIN)));

    assertFalse(changed.getIsActive());
    assertEquals(Set.of(Role.USER, Role.ADMIN), Set.copyOf(changed.getRoles()));
  }

  @Test
  void a_user_deactivated_by_an_admin_can_no_longer_log_in() throws ApiException {
    Consumer consumer = newConsumer();

    new AdminApi(authorised(admin))
        .administerUser(
            consumer.user().getId().toString(), new AdministerUserRequest().isActive(false));

    refused(
        401, () -> auth(anonymous()).logIn(logInRequest(consumer.user().getUsername(), PASSWORD)));
  }

  // ---- operations

  @Test
  void the_health_reads_as_a_typed_status_that_is_up() throws ApiException {
    Health health = new OperationsApi(anonymous()).getHealth();

    assertEquals(Health.StatusEnum.UP, health.getStatus());
  }
}
