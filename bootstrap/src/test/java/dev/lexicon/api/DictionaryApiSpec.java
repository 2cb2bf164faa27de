package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.LoginName;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** API.md, Dictionary: every rule, over HTTP. */
abstract class DictionaryApiSpec extends ApiTest {

  static final String ROOT = "/api/v1/dictionary";
  static final int MIB = 1024 * 1024;

  @Inject UserRepository users;

  TestUser alice;
  TestUser bob;
  RawHttp raw;

  @BeforeAll
  void users() {
    alice = newUser();
    bob = newUser();
    raw = new RawHttp(server.getURL(), jsonMapper);
  }

  ApiResponse put(TestUser user, String key, String value) {
    return api.request("PUT", ROOT + "/" + key)
        .token(user.token())
        .json(Map.of("value", value))
        .send();
  }

  ApiResponse create(TestUser user, String key, String value) {
    return api.request("POST", ROOT)
        .token(user.token())
        .json(Map.of("key", key, "value", value))
        .send();
  }

  ApiResponse get(TestUser user, String path) {
    return api.request("GET", path).token(user.token()).send();
  }

  ApiResponse list(TestUser user, String query) {
    return get(user, ROOT + "?" + query);
  }

  static List<String> keys(ApiResponse page) {
    List<String> keys = new ArrayList<>();
    page.json().get("items").values().forEach(item -> keys.add(item.get("key").getStringValue()));
    return keys;
  }

  // ---- POST /api/v1/dictionary

  @Test
  void creating_an_entry_answers_201_with_its_location_etag_and_body() {
    String key = namespace() + "greeting";

    ApiResponse created = create(alice, key, "hello");

    assertEquals(201, created.status(), created::toString);
    assertEquals(ROOT + "/" + key, created.header("Location").orElseThrow());
    assertEquals("\"1\"", created.header("ETag").orElseThrow());
    assertEquals("application/json", created.header("Content-Type").orElseThrow());
    assertEquals(key, created.text("key"));
    assertEquals("hello", created.text("value"));
  }

  @Test
  void a_new_entry_is_at_version_1_owned_by_its_creator_with_utc_timestamps() {
    ApiResponse created = create(alice, namespace() + "k", "v");

    JsonNode entry = created.json();
    assertEquals(1, entry.get("version").getLongValue());
    assertEquals(alice.username(), created.text("owner"));
    assertNotNull(created.text("id"));
    assertTrue(created.text("createdAt").endsWith("Z"), created::toString);
    assertEquals(created.text("createdAt"), created.text("updatedAt"));
    assertEquals(
        Set.of("id", "key", "value", "version", "owner", "createdAt", "updatedAt"),
        fieldNames(entry));
  }

  @Test
  void creating_a_key_that_exists_answers_409() {
    String key = namespace() + "taken";
    create(alice, key, "first");

    assertProblem(409, create(bob, key, "second"));
  }

  @Test
  void creating_without_a_value_answers_400_naming_value() {
    ApiResponse response =
        api.request("POST", ROOT)
            .token(alice.token())
            .json(Map.of("key", namespace() + "k"))
            .send();

    assertInvalid("value", response);
  }

  @Test
  void creating_without_a_key_answers_400_naming_key() {
    ApiResponse response =
        api.request("POST", ROOT).token(alice.token()).json(Map.of("value", "v")).send();

    assertInvalid("key", response);
  }

  @Test
  void creating_with_an_invalid_key_and_value_reports_both() {
    ApiResponse response = create(alice, "a b", "x".repeat(65_537));

    assertProblem(400, response);
    Set<String> fields = new HashSet<>();
    response
        .json()
        .get("errors")
        .values()
        .forEach(e -> fields.add(e.get("field").getStringValue()));
    assertEquals(Set.of("key", "value"), fields);
  }

  @Test
  void a_value_of_the_wrong_json_type_is_reported_before_any_rule_is_checked() {
    ApiResponse response =
        api.request("POST", ROOT).token(alice.token()).json("{\"key\":\"a b\",\"value\":7}").send();

    assertInvalid("value", response);
  }

  // ---- key rules

  @Test
  void a_key_of_255_characters_is_accepted() {
    String ns = namespace();
    assertEquals(201, create(alice, ns + "k".repeat(255 - ns.length()), "v").status());
  }

  @Test
  void a_key_of_256_characters_is_refused() {
    String ns = namespace();
    assertInvalid("key", create(alice, ns + "k".repeat(256 - ns.length()), "v"));
  }

  @Test
  void a_key_with_unicode_letters_digits_and_the_allowed_punctuation_is_accepted() {
    assertEquals(201, create(alice, namespace() + "Zoë_1.2-x:y@z/Ω", "v").status());
  }

  @Test
  void a_key_with_a_space_is_refused() {
    assertInvalid("key", create(alice, namespace() + "a b", "v"));
  }

  @Test
  void a_key_with_a_leading_slash_is_refused() {
    assertInvalid("key", create(alice, "/" + namespace() + "k", "v"));
  }

  @Test
  void a_key_with_a_trailing_slash_is_refused() {
    assertInvalid("key", create(alice, namespace() + "k/", "v"));
  }

  @Test
  void a_key_with_a_double_slash_is_refused() {
    assertInvalid("key", create(alice, namespace() + "a//b", "v"));
  }

  @Test
  void a_key_with_a_dot_segment_is_refused() {
    assertInvalid("key", create(alice, namespace() + "a/./b", "v"));
  }

  @Test
  void a_key_with_a_dot_dot_segment_is_refused() {
    assertInvalid("key", create(alice, namespace() + "a/../b", "v"));
  }

  @Test
  void an_empty_key_is_refused() {
    assertInvalid("key", create(alice, "", "v"));
  }

  @Test
  void keys_are_case_sensitive_so_key_and_Key_are_two_entries() {
    String ns = namespace();
    put(alice, ns + "key", "lower");
    put(alice, ns + "Key", "upper");

    assertEquals("lower", get(alice, ROOT + "/" + ns + "key").text("value"));
    assertEquals("upper", get(alice, ROOT + "/" + ns + "Key").text("value"));
  }

  @Test
  void a_key_with_slashes_is_addressed_in_the_path_as_it_is() {
    String key = namespace() + "app/db/url";
    put(alice, key, "jdbc:mysql://db/app");

    ApiResponse read = get(alice, ROOT + "/" + key);

    assertEquals(200, read.status(), read::toString);
    assertEquals(key, read.text("key"));
  }

  @Test
  void a_non_ascii_key_is_addressed_percent_encoded_in_utf8() {
    String ns = namespace();
    ApiResponse written = put(alice, ns + "caf%C3%A9", "coffee");

    assertEquals(201, written.status(), written::toString);
    assertEquals(ns + "café", written.text("key"));
    assertEquals(ROOT + "/" + ns + "caf%C3%A9", written.header("Location").orElseThrow());
    assertEquals("coffee", get(alice, ROOT + "/" + ns + "caf%C3%A9").text("value"));
  }

  @Test
  void a_key_created_in_a_body_is_read_at_its_percent_encoded_path() {
    String ns = namespace();
    create(alice, ns + "naïve/日本", "v");

    ApiResponse read = get(alice, ROOT + "/" + ns + "na%C3%AFve/%E6%97%A5%E6%9C%AC");

    assertEquals(ns + "naïve/日本", read.text("key"), read::toString);
  }

  @Test
  void the_path_is_percent_decoded_exactly_once() {
    String ns = namespace();
    put(alice, ns + "xA", "v");

    // Decoded once, %2541 is "%41", which no key may hold; decoded twice it would be "A".
    assertInvalid("key", get(alice, ROOT + "/" + ns + "x%2541"));
  }

  // ---- the key in the path, exactly as sent

  /**
   * Sends the request target byte for byte, with a small JSON body for a PUT or POST: no client
   * library gets the chance to normalise {@code a/./b} or {@code a//b} on the way.
   */
  ApiResponse sendRaw(TestUser user, String method, String target) {
    byte[] body =
        method.equals("PUT") || method.equals("POST")
            ? "{\"key\":\"k\",\"value\":\"v\"}".getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    String head =
        method
            + " "
            + target
            + " HTTP/1.1\r\nHost: localhost\r\n"
            + (user == null ? "" : "Authorization: Bearer " + user.token() + "\r\n")
            + "Content-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    return raw.send(head, body);
  }

  /** The PUT body of {@link #sendRaw} holds a key, which PUT does not read; value is "v". */
  private String existing(String key) {
    assertEquals(201, put(alice, key, "v").status());
    return key;
  }

  @Test
  void reading_a_path_with_a_trailing_slash_is_refused_not_read_as_the_key_without_it() {
    String key = existing(namespace() + "k");

    assertInvalid("key", sendRaw(alice, "GET", ROOT + "/" + key + "/"));
  }

  @Test
  void reading_a_path_with_a_double_slash_is_refused() {
    String ns = namespace();
    existing(ns + "a/b");

    assertInvalid("key", sendRaw(alice, "GET", ROOT + "/" + ns + "a//b"));
  }

  @Test
  void reading_a_path_with_a_dot_segment_is_refused_not_read_as_the_key_without_it() {
    String ns = namespace();
    existing(ns + "a/b");

    assertInvalid("key", sendRaw(alice, "GET", ROOT + "/" + ns + "a/./b"));
  }

  @Test
  void reading_a_path_with_a_dot_dot_segment_is_refused_not_read_as_the_key_it_resolves_to() {
    String ns = namespace();
    existing(ns + "b");

    assertInvalid("key", sendRaw(alice, "GET", ROOT + "/" + ns + "a/../b"));
  }

  @Test
  void reading_a_path_with_a_trailing_slash_before_a_query_is_refused() {
    String key = existing(namespace() + "k");

    assertInvalid("key", sendRaw(alice, "GET", ROOT + "/" + key + "/?x=1"));
  }

  @Test
  void putting_at_a_path_with_a_trailing_slash_is_refused() {
    assertInvalid("key", sendRaw(alice, "PUT", ROOT + "/" + namespace() + "k/"));
  }

  @Test
  void putting_at_a_path_with_a_trailing_slash_does_not_write_the_key_without_it() {
    String key = namespace() + "k";
    sendRaw(alice, "PUT", ROOT + "/" + key + "/");

    assertProblem(404, get(alice, ROOT + "/" + key));
  }

  @Test
  void putting_at_a_path_with_a_double_slash_is_refused() {
    assertInvalid("key", sendRaw(alice, "PUT", ROOT + "/" + namespace() + "a//b"));
  }

  @Test
  void putting_at_a_path_with_a_dot_segment_is_refused() {
    assertInvalid("key", sendRaw(alice, "PUT", ROOT + "/" + namespace() + "a/./b"));
  }

  @Test
  void putting_at_a_path_with_a_dot_segment_does_not_write_the_key_without_it() {
    String ns = namespace();
    sendRaw(alice, "PUT", ROOT + "/" + ns + "a/./b");

    assertProblem(404, get(alice, ROOT + "/" + ns + "a/b"));
  }

  @Test
  void putting_at_a_path_with_a_dot_dot_segment_is_refused() {
    assertInvalid("key", sendRaw(alice, "PUT", ROOT + "/" + namespace() + "a/../b"));
  }

  @Test
  void deleting_a_path_with_a_trailing_slash_is_refused() {
    String key = existing(namespace() + "k");

    assertInvalid("key", sendRaw(alice, "DELETE", ROOT + "/" + key + "/"));
  }

  @Test
  void deleting_a_path_with_a_trailing_slash_keeps_the_entry_without_it() {
    String key = existing(namespace() + "k");
    sendRaw(alice, "DELETE", ROOT + "/" + key + "/");

    assertEquals(200, get(alice, ROOT + "/" + key).status());
  }

  @Test
  void deleting_a_path_with_a_double_slash_is_refused() {
    String ns = namespace();
    existing(ns + "a/b");

    assertInvalid("key", sendRaw(alice, "DELETE", ROOT + "/" + ns + "a//b"));
  }

  @Test
  void deleting_a_path_with_a_dot_segment_is_refused() {
    String ns = namespace();
    existing(ns + "a/b");

    assertInvalid("key", sendRaw(alice, "DELETE", ROOT + "/" + ns + "a/./b"));
  }

  @Test
  void deleting_a_path_with_a_dot_dot_segment_is_refused() {
    String ns = namespace();
    existing(ns + "b");

    assertInvalid("key", sendRaw(alice, "DELETE", ROOT + "/" + ns + "a/../b"));
  }

  @Test
  void reading_the_dictionary_path_with_a_trailing_slash_is_the_empty_key_not_the_listing() {
    assertInvalid("key", sendRaw(alice, "GET", ROOT + "/"));
  }

  @Test
  void putting_at_the_dictionary_path_with_a_trailing_slash_is_the_empty_key() {
    assertInvalid("key", sendRaw(alice, "PUT", ROOT + "/"));
  }

  @Test
  void deleting_the_dictionary_path_with_a_trailing_slash_is_the_empty_key() {
    assertInvalid("key", sendRaw(alice, "DELETE", ROOT + "/"));
  }

  @Test
  void posting_to_the_dictionary_path_with_a_trailing_slash_is_405_not_a_creation() {
    ApiResponse response = sendRaw(alice, "POST", ROOT + "/");

    assertProblem(405, response);
    assertTrue(response.header("Allow").isPresent(), response::toString);
  }

  @Test
  void a_path_naming_the_key_slash_is_refused_not_404() {
    assertInvalid("key", sendRaw(alice, "GET", ROOT + "//"));
  }

  @Test
  void a_path_naming_an_invalid_key_without_a_token_answers_401_first() {
    assertUnauthenticated(sendRaw(null, "GET", ROOT + "//"));
  }

  @Test
  void a_percent_encoded_slash_is_a_slash_of_the_key() {
    String ns = namespace();
    existing(ns + "a/b");

    assertEquals(ns + "a/b", sendRaw(alice, "GET", ROOT + "/" + ns + "a%2Fb").text("key"));
  }

  @Test
  void a_percent_encoded_trailing_slash_is_refused() {
    String key = existing(namespace() + "k");

    assertInvalid("key", sendRaw(alice, "GET", ROOT + "/" + key + "%2F"));
  }

  @Test
  void a_percent_encoded_dot_segment_is_refused() {
    String ns = namespace();
    existing(ns + "a/b");

    assertInvalid("key", sendRaw(alice, "GET", ROOT + "/" + ns + "a/%2E/b"));
  }

  @Test
  void a_percent_encoded_dot_dot_segment_is_refused() {
    String ns = namespace();
    existing(ns + "b");

    assertInvalid("key", sendRaw(alice, "GET", ROOT + "/" + ns + "a/%2e%2E/b"));
  }

  @Test
  void a_malformed_percent_escape_in_the_key_is_a_400() {
    assertProblem(400, sendRaw(alice, "GET", ROOT + "/" + namespace() + "k%zz"));
  }

  @Test
  void an_escaped_byte_that_is_not_utf8_in_the_key_is_a_400() {
    assertProblem(400, sendRaw(alice, "GET", ROOT + "/" + namespace() + "k%FF"));
  }

  // ---- value rules

  @Test
  void a_value_of_exactly_65536_utf8_bytes_is_accepted() {
    String value = "é".repeat(32_768);

    ApiResponse written = put(alice, namespace() + "big", value);

    assertEquals(201, written.status(), written::toString);
    assertEquals(value, written.text("value"));
  }

  @Test
  void a_value_of_65537_utf8_bytes_is_refused() {
    assertInvalid("value", put(alice, namespace() + "big", "é".repeat(32_768) + "x"));
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {131_073, 200 * 1024, 900 * 1024})
  void a_value_over_65536_bytes_is_refused_as_a_value_however_long_it_is(int bytes) {
    assertInvalid("value", put(alice, namespace() + "big", "a".repeat(bytes)));
  }

  @Test
  void a_value_filling_a_body_of_exactly_1_mib_is_refused_as_a_value() {
    assertInvalid("value", putBodyOf(MIB));
  }

  @Test
  void a_body_one_byte_over_1_mib_is_a_413() {
    assertProblem(413, putBodyOf(MIB + 1));
  }

  /** A PUT whose body, one long ASCII value, is exactly this many bytes. */
  private ApiResponse putBodyOf(int bytes) {
    String frame = "{\"value\":\"\"}";
    return api.request("PUT", ROOT + "/" + namespace() + "big")
        .token(alice.token())
        .json("{\"value\":\"" + "a".repeat(bytes - frame.length()) + "\"}")
        .send();
  }

  @Test
  void an_empty_value_is_kept() {
    String key = namespace() + "empty";
    put(alice, key, "");

    assertEquals("", get(alice, ROOT + "/" + key).text("value"));
  }

  @Test
  void a_value_with_nul_and_characters_beyond_the_bmp_comes_back_unchanged() {
    String key = namespace() + "unicode";
    String value = "a\u0000b 😀 𝒜 é";
    put(alice, key, value);

    assertEquals(value, get(alice, ROOT + "/" + key).text("value"));
  }

  @Test
  void a_value_with_a_lone_surrogate_is_refused() {
    ApiResponse response =
        api.request("PUT", ROOT + "/" + namespace() + "k")
            .token(alice.token())
            .json("{\"value\":\"a\\ud800b\"}")
            .send();

    assertInvalid("value", response);
  }

  @Test
  void a_value_that_is_a_number_is_refused_not_coerced() {
    ApiResponse response =
        api.request("PUT", ROOT + "/" + namespace() + "k")
            .token(alice.token())
            .json("{\"value\":42}")
            .send();

    assertInvalid("value", response);
  }

  @Test
  void a_value_in_a_one_element_array_is_refused_not_unwrapped() {
    ApiResponse response =
        api.request("PUT", ROOT + "/" + namespace() + "k")
            .token(alice.token())
            .json("{\"value\":[\"a\"]}")
            .send();

    assertInvalid("value", response);
  }

  @Test
  void a_value_that_is_a_boolean_is_refused_not_coerced() {
    ApiResponse response =
        api.request("PUT", ROOT + "/" + namespace() + "k")
            .token(alice.token())
            .json("{\"value\":true}")
            .send();

    assertInvalid("value", response);
  }

  @Test
  void a_value_that_is_an_object_is_refused() {
    ApiResponse response =
        api.request("PUT", ROOT + "/" + namespace() + "k")
            .token(alice.token())
            .json("{\"value\":{\"a\":1}}")
            .send();

    assertInvalid("value", response);
  }

  @Test
  void a_null_value_is_refused() {
    ApiResponse response =
        api.request("PUT", ROOT + "/" + namespace() + "k")
            .token(alice.token())
            .json("{\"value\":null}")
            .send();

    assertInvalid("value", response);
  }

  @Test
  void a_put_without_a_value_is_refused() {
    ApiResponse response =
        api.request("PUT", ROOT + "/" + namespace() + "k").token(alice.token()).json("{}").send();

    assertInvalid("value", response);
  }

  @Test
  void malformed_json_is_a_400() {
    ApiResponse response =
        api.request("PUT", ROOT + "/" + namespace() + "k")
            .token(alice.token())
            .json("{\"value\": \"unterminated")
            .send();

    assertProblem(400, response);
  }

  @Test
  void a_json_array_instead_of_an_object_is_a_400() {
    ApiResponse response =
        api.request("PUT", ROOT + "/" + namespace() + "k").token(alice.token()).json("[]").send();

    assertProblem(400, response);
  }

  @Test
  void a_body_over_1_mib_is_a_413() {
    ApiResponse response =
        api.request("PUT", ROOT + "/" + namespace() + "k")
            .token(alice.token())
            .json("{\"value\":\"" + "a".repeat(1024 * 1024) + "\"}")
            .send();

    assertProblem(413, response);
  }

  @Test
  void a_body_that_is_not_json_is_a_415() {
    ApiResponse response =
        api.request("PUT", ROOT + "/" + namespace() + "k")
            .token(alice.token())
            .body("text/plain", "value")
            .send();

    assertProblem(415, response);
  }

  // ---- GET /api/v1/dictionary/{key}

  @Test
  void reading_an_entry_answers_200_with_its_etag() {
    String key = namespace() + "k";
    put(alice, key, "v");
    put(alice, key, "w");

    ApiResponse read = get(alice, ROOT + "/" + key);

    assertEquals(200, read.status());
    assertEquals("\"2\"", read.header("ETag").orElseThrow());
    assertEquals(2, read.json().get("version").getLongValue());
  }

  @Test
  void every_user_reads_every_entry() {
    String key = namespace() + "k";
    put(alice, key, "v");

    ApiResponse read = get(bob, ROOT + "/" + key);

    assertEquals(200, read.status());
    assertEquals(alice.username(), read.text("owner"));
  }

  @Test
  void reading_a_missing_key_answers_404() {
    assertProblem(404, get(alice, ROOT + "/" + namespace() + "missing"));
  }

  @Test
  void reading_with_a_matching_if_none_match_answers_304_without_a_body() {
    String key = namespace() + "k";
    put(alice, key, "v");

    ApiResponse read =
        api.request("GET", ROOT + "/" + key)
            .token(alice.token())
            .header("If-None-Match", "\"1\"")
            .send();

    assertEquals(304, read.status(), read::toString);
    assertEquals("\"1\"", read.header("ETag").orElseThrow());
    assertEquals("", read.body());
  }

  @Test
  void reading_with_if_none_match_star_answers_304() {
    String key = namespace() + "k";
    put(alice, key, "v");

    ApiResponse read =
        api.request("GET", ROOT + "/" + key)
            .token(alice.token())
            .header("If-None-Match", "*")
            .send();

    assertEquals(304, read.status(), read::toString);
  }

  @Test
  void reading_with_an_if_none_match_list_holding_the_tag_answers_304() {
    String key = namespace() + "k";
    put(alice, key, "v");

    ApiResponse read =
        api.request("GET", ROOT + "/" + key)
            .token(alice.token())
            .header("If-None-Match", "\"7\", \"1\"")
            .send();

    assertEquals(304, read.status(), read::toString);
  }

  @Test
  void reading_with_a_weak_matching_tag_answers_304() {
    String key = namespace() + "k";
    put(alice, key, "v");

    ApiResponse read =
        api.request("GET", ROOT + "/" + key)
            .token(alice.token())
            .header("If-None-Match", "W/\"1\"")
            .send();

    assertEquals(304, read.status(), read::toString);
  }

  @Test
  void reading_with_an_outdated_tag_answers_200_with_the_new_version() {
    String key = namespace() + "k";
    put(alice, key, "v");
    put(alice, key, "w");

    ApiResponse read =
        api.request("GET", ROOT + "/" + key)
            .token(alice.token())
            .header("If-None-Match", "\"1\"")
            .send();

    assertEquals(200, read.status());
    assertEquals("w", read.text("value"));
  }

  // ---- PUT /api/v1/dictionary/{key}

  @Test
  void putting_a_new_key_answers_201_with_location_and_version_1() {
    String key = namespace() + "k";

    ApiResponse written = put(alice, key, "v");

    assertEquals(201, written.status(), written::toString);
    assertEquals(ROOT + "/" + key, written.header("Location").orElseThrow());
    assertEquals("\"1\"", written.header("ETag").orElseThrow());
  }

  @Test
  void putting_an_existing_key_answers_200_one_version_later() {
    String key = namespace() + "k";
    ApiResponse first = put(alice, key, "v");

    ApiResponse second = put(alice, key, "w");

    assertEquals(200, second.status(), second::toString);
    assertEquals("\"2\"", second.header("ETag").orElseThrow());
    assertEquals("w", second.text("value"));
    assertEquals(first.text("createdAt"), second.text("createdAt"));
    assertEquals(first.text("id"), second.text("id"));
  }

  @Test
  void putting_with_the_current_if_match_succeeds() {
    String key = namespace() + "k";
    put(alice, key, "v");

    ApiResponse written = conditionalPut(key, "If-Match", "\"1\"");

    assertEquals(200, written.status(), written::toString);
    assertEquals("\"2\"", written.header("ETag").orElseThrow());
  }

  @Test
  void putting_with_an_outdated_if_match_answers_412_and_changes_nothing() {
    String key = namespace() + "k";
    put(alice, key, "v");
    put(alice, key, "w");

    assertProblem(412, conditionalPut(key, "If-Match", "\"1\""));
    assertEquals("w", get(alice, ROOT + "/" + key).text("value"));
  }

  @Test
  void putting_with_if_match_on_a_missing_key_answers_412() {
    String key = namespace() + "k";

    assertProblem(412, conditionalPut(key, "If-Match", "\"1\""));
    assertProblem(404, get(alice, ROOT + "/" + key));
  }

  @Test
  void putting_with_if_match_star_on_a_missing_key_answers_412() {
    assertProblem(412, conditionalPut(namespace() + "k", "If-Match", "*"));
  }

  @Test
  void putting_with_if_match_star_on_an_existing_key_succeeds() {
    String key = namespace() + "k";
    put(alice, key, "v");

    assertEquals(200, conditionalPut(key, "If-Match", "*").status());
  }

  @Test
  void putting_with_if_none_match_star_on_an_existing_key_answers_412() {
    String key = namespace() + "k";
    put(alice, key, "v");

    assertProblem(412, conditionalPut(key, "If-None-Match", "*"));
  }

  @Test
  void putting_with_if_none_match_star_on_a_missing_key_creates_it() {
    assertEquals(201, conditionalPut(namespace() + "k", "If-None-Match", "*").status());
  }

  @Test
  void a_malformed_if_match_answers_400_naming_the_header() {
    String key = namespace() + "k";
    put(alice, key, "v");

    assertInvalid("If-Match", conditionalPut(key, "If-Match", "1"));
  }

  @Test
  void putting_an_entry_of_another_user_answers_403_and_changes_nothing() {
    String key = namespace() + "k";
    put(alice, key, "v");

    assertProblem(403, put(bob, key, "mine now"));
    assertEquals("v", get(alice, ROOT + "/" + key).text("value"));
  }

  @Test
  void an_administrator_changes_an_entry_of_another_user() {
    String key = namespace() + "k";
    put(alice, key, "v");

    ApiResponse written = put(anAdministrator(), key, "moderated");

    assertEquals(200, written.status(), written::toString);
    assertEquals(alice.username(), written.text("owner"));
  }

  @Test
  void an_administrator_deletes_an_entry_of_another_user() {
    String key = namespace() + "k";
    put(alice, key, "v");

    ApiResponse deleted =
        api.request("DELETE", ROOT + "/" + key).token(anAdministrator().token()).send();

    assertEquals(204, deleted.status(), deleted::toString);
  }

  /**
   * The role is granted through the user store, which keeps this suite about the dictionary (the
   * administrators' routes have their own suite); a new login gives a token that carries it.
   */
  private TestUser anAdministrator() {
    TestUser user = newUser();
    User stored = users.findByLoginName(LoginName.of(user.username())).orElseThrow();
    users.updateIfVersion(stored.withRoles(EnumSet.of(Role.USER, Role.ADMIN)));
    String token = logIn(user.username(), PASSWORD).text("access_token");
    return new TestUser(user.id(), user.username(), user.email(), token);
  }

  @Test
  void of_concurrent_writers_with_the_same_if_match_exactly_one_succeeds() throws Exception {
    String key = namespace() + "race";
    put(alice, key, "v");

    List<Integer> statuses =
        concurrently(10, i -> conditionalPut(key, "If-Match", "\"1\"").status());

    assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
    assertEquals(9, statuses.stream().filter(s -> s == 412).count(), statuses::toString);
  }

  @Test
  void concurrent_plain_puts_all_succeed_each_with_its_own_version() throws Exception {
    String key = namespace() + "race";
    put(alice, key, "v");

    List<String> tags =
        concurrently(
            10,
            i -> {
              ApiResponse written = put(alice, key, "v" + i);
              assertEquals(200, written.status(), written::toString);
              return written.header("ETag").orElseThrow();
            });

    assertEquals(10, new HashSet<>(tags).size(), tags::toString);
    assertEquals("\"11\"", get(alice, ROOT + "/" + key).header("ETag").orElseThrow());
  }

  private ApiResponse conditionalPut(String key, String header, String value) {
    return api.request("PUT", ROOT + "/" + key)
        .token(alice.token())
        .header(header, value)
        .json(Map.of("value", "conditional"))
        .send();
  }

  // ---- DELETE /api/v1/dictionary/{key}

  @Test
  void deleting_an_entry_answers_204_and_it_is_gone() {
    String key = namespace() + "k";
    put(alice, key, "v");

    ApiResponse deleted = api.request("DELETE", ROOT + "/" + key).token(alice.token()).send();

    assertEquals(204, deleted.status(), deleted::toString);
    assertProblem(404, get(alice, ROOT + "/" + key));
  }

  @Test
  void deleting_a_missing_key_answers_404() {
    assertProblem(
        404, api.request("DELETE", ROOT + "/" + namespace() + "k").token(alice.token()).send());
  }

  @Test
  void deleting_with_the_current_if_match_answers_204() {
    String key = namespace() + "k";
    put(alice, key, "v");

    assertEquals(204, conditionalDelete(key, "\"1\"").status());
  }

  @Test
  void deleting_with_an_outdated_if_match_answers_412_and_keeps_the_entry() {
    String key = namespace() + "k";
    put(alice, key, "v");
    put(alice, key, "w");

    assertProblem(412, conditionalDelete(key, "\"1\""));
    assertEquals(200, get(alice, ROOT + "/" + key).status());
  }

  @Test
  void deleting_with_if_match_on_a_missing_key_answers_412() {
    assertProblem(412, conditionalDelete(namespace() + "k", "\"1\""));
  }

  @Test
  void deleting_an_entry_of_another_user_answers_403_and_keeps_it() {
    String key = namespace() + "k";
    put(alice, key, "v");

    assertProblem(403, api.request("DELETE", ROOT + "/" + key).token(bob.token()).send());
    assertEquals(200, get(alice, ROOT + "/" + key).status());
  }

  private ApiResponse conditionalDelete(String key, String ifMatch) {
    return api.request("DELETE", ROOT + "/" + key)
        .token(alice.token())
        .header("If-Match", ifMatch)
        .send();
  }

  // ---- GET /api/v1/dictionary

  @Test
  void listing_with_a_prefix_gives_its_entries_in_ascending_utf8_byte_order() {
    String ns = namespace();
    for (String key : List.of("é", "a", "z", "Z", "𝒜", "ｚ")) {
      put(alice, ns + key, "v");
    }

    ApiResponse page = list(alice, "prefix=" + ns);

    assertEquals(200, page.status(), page::toString);
    assertEquals(List.of(ns + "Z", ns + "a", ns + "z", ns + "é", ns + "ｚ", ns + "𝒜"), keys(page));
  }

  @Test
  void a_prefix_matches_byte_for_byte_so_case_matters() {
    String ns = namespace();
    put(alice, ns + "apple", "v");
    put(alice, ns + "Apricot", "v");

    assertEquals(List.of(ns + "apple"), keys(list(alice, "prefix=" + ns + "a")));
  }

  @Test
  void a_page_holds_every_entry_field() {
    String ns = namespace();
    put(alice, ns + "k", "v");

    JsonNode item = list(alice, "prefix=" + ns).json().get("items").get(0);

    assertEquals(
        Set.of("id", "key", "value", "version", "owner", "createdAt", "updatedAt"),
        fieldNames(item));
  }

  @Test
  void cursors_walk_through_every_entry_page_by_page() {
    String ns = namespace();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      put(alice, ns + "k" + i, "v");
      expected.add(ns + "k" + i);
    }

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      ApiResponse page =
          list(alice, "prefix=" + ns + "&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page::toString);
      seen.addAll(keys(page));
      cursor = page.text("nextCursor");
      pages++;
    } while (cursor != null);

    assertEquals(expected, seen);
    assertEquals(3, pages);
  }

  @Test
  void a_page_of_large_values_ends_before_256_kib_and_its_cursor_continues_from_there() {
    String ns = namespace();
    String largest = "x".repeat(65_536);
    for (int i = 0; i < 5; i++) {
      put(alice, ns + "k" + i, largest);
    }

    ApiResponse first = list(alice, "prefix=" + ns + "&limit=1000");
    ApiResponse second =
        list(alice, "prefix=" + ns + "&limit=1000&cursor=" + first.text("nextCursor"));

    assertEquals(3, keys(first).size(), first::toString);
    assertEquals(List.of(ns + "k3", ns + "k4"), keys(second));
    assertTrue(second.json().get("nextCursor").isNull(), second::toString);
  }

  @Test
  void a_page_that_is_exactly_full_and_last_has_a_null_next_cursor() {
    String ns = namespace();
    for (int i = 0; i < 3; i++) {
      put(alice, ns + "k" + i, "v");
    }

    ApiResponse page = list(alice, "prefix=" + ns + "&limit=3");

    assertEquals(3, keys(page).size());
    assertTrue(page.json().get("nextCursor").isNull(), page::toString);
  }

  @Test
  void a_page_with_more_to_come_has_a_next_cursor() {
    String ns = namespace();
    for (int i = 0; i < 4; i++) {
      put(alice, ns + "k" + i, "v");
    }

    ApiResponse page = list(alice, "prefix=" + ns + "&limit=3");

    assertNotNull(page.text("nextCursor"), page::toString);
  }

  @Test
  void an_empty_listing_has_no_items_and_a_null_next_cursor() {
    ApiResponse page = list(alice, "prefix=" + namespace());

    assertEquals(List.of(), keys(page));
    assertTrue(page.json().get("nextCursor").isNull(), page::toString);
  }

  @Test
  void the_default_page_holds_50_entries() {
    String ns = namespace();
    for (int i = 0; i < 51; i++) {
      put(alice, ns + String.format("k%02d", i), "v");
    }

    ApiResponse page = list(alice, "prefix=" + ns);

    assertEquals(50, keys(page).size());
    assertNotNull(page.text("nextCursor"));
  }

  @Test
  void a_limit_of_1000_is_accepted() {
    assertEquals(200, list(alice, "prefix=" + namespace() + "&limit=1000").status());
  }

  @Test
  void a_limit_of_1_is_accepted() {
    assertEquals(200, list(alice, "prefix=" + namespace() + "&limit=1").status());
  }

  @Test
  void a_limit_of_0_answers_400_naming_limit() {
    assertInvalid("limit", list(alice, "limit=0"));
  }

  @Test
  void a_limit_of_1001_answers_400_naming_limit() {
    assertInvalid("limit", list(alice, "limit=1001"));
  }

  @Test
  void a_limit_that_is_not_a_number_answers_400_naming_limit() {
    assertInvalid("limit", list(alice, "limit=ten"));
  }

  @Test
  void a_cursor_that_cannot_be_decoded_answers_400_naming_cursor() {
    assertInvalid("cursor", list(alice, "cursor=%25%25not-base64%25"));
  }

  @Test
  void a_cursor_that_names_no_valid_key_answers_400_naming_cursor() {
    // base64url of "a//b", which no key can be
    assertInvalid("cursor", list(alice, "cursor=YS8vYg"));
  }

  // ---- authentication

  @Test
  void listing_without_a_token_answers_401_with_a_bearer_challenge() {
    assertUnauthenticated(api.request("GET", ROOT).send());
  }

  @Test
  void creating_without_a_token_answers_401() {
    assertUnauthenticated(api.request("POST", ROOT).json(Map.of("key", "k", "value", "v")).send());
  }

  @Test
  void reading_without_a_token_answers_401() {
    assertUnauthenticated(api.request("GET", ROOT + "/" + namespace() + "k").send());
  }

  @Test
  void putting_without_a_token_answers_401() {
    assertUnauthenticated(
        api.request("PUT", ROOT + "/" + namespace() + "k").json(Map.of("value", "v")).send());
  }

  @Test
  void deleting_without_a_token_answers_401() {
    assertUnauthenticated(api.request("DELETE", ROOT + "/" + namespace() + "k").send());
  }

  @Test
  void an_unsupported_method_on_an_entry_answers_405() {
    ApiResponse response =
        api.request("PATCH", ROOT + "/" + namespace() + "k")
            .token(alice.token())
            .json(Map.of("value", "v"))
            .send();

    assertProblem(405, response);
    assertTrue(response.header("Allow").isPresent(), response::toString);
  }

  static void assertUnauthenticated(ApiResponse response) {
    assertProblem(401, response);
    assertEquals("Bearer", response.header("WWW-Authenticate").orElse(""), response::toString);
  }

  static Set<String> fieldNames(JsonNode object) {
    Set<String> names = new HashSet<>();
    object.entries().forEach(entry -> names.add(entry.getKey()));
    return names;
  }
}
