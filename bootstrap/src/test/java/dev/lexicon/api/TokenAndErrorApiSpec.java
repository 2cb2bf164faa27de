package dev.lexicon.api;

import static dev.lexicon.api.DictionaryApiSpec.assertUnauthenticated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which tokens the service refuses, and the errors the framework itself produces: every one a
 * problem+json without internals.
 */
abstract class TokenAndErrorApiSpec extends ApiTest {

  static final String PROTECTED = "/api/v1/dictionary";
  static final String BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  TestUser user;

  @BeforeAll
  void user() {
    user = newUser();
  }

  ApiResponse callWith(String token) {
    return api.request("GET", PROTECTED).token(token).send();
  }

  // ---- tokens

  @Test
  void a_valid_token_is_accepted() {
    assertEquals(200, callWith(user.token()).status());
  }

  @Test
  void a_token_signed_with_another_key_is_refused_even_under_the_right_kid() throws Exception {
    SignedJWT genuine = SignedJWT.parse(user.token());
    ECKey otherKey = new ECKeyGenerator(Curve.P_256).generate();

    assertUnauthenticated(
        callWith(
            sign(
                genuine.getJWTClaimsSet(),
                genuine.getHeader().getKeyID(),
                new ECDSASigner(otherKey))));
  }

  @Test
  void an_unsigned_token_with_alg_none_is_refused() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(user.token()).getJWTClaimsSet();

    assertUnauthenticated(callWith(new PlainJWT(claims).serialize()));
  }

  @Test
  void an_expired_token_signed_with_the_service_key_is_refused() throws Exception {
    SignedJWT genuine = SignedJWT.parse(user.token());
    Instant anHourAgo = Instant.now().minusSeconds(3600);
    JWTClaimsSet expired =
        new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
            .issueTime(Date.from(anHourAgo))
            .expirationTime(Date.from(anHourAgo.plusSeconds(900)))
            .build();

    assertUnauthenticated(callWith(sign(expired, genuine.getHeader().getKeyID(), serviceSigner())));
  }

  @Test
  void the_same_claims_re_signed_with_the_service_key_are_accepted() throws Exception {
    // The control for the test above: only the expiry differs there.
    SignedJWT genuine = SignedJWT.parse(user.token());

    assertEquals(
        200,
        callWith(sign(genuine.getJWTClaimsSet(), genuine.getHeader().getKeyID(), serviceSigner()))
            .status());
  }

  @Test
  void a_token_that_names_no_session_is_refused() throws Exception {
    SignedJWT genuine = SignedJWT.parse(user.token());
    JWTClaimsSet withoutSession =
        new JWTClaimsSet.Builder(genuine.getJWTClaimsSet()).claim("sid", null).build();

    assertUnauthenticated(
        callWith(sign(withoutSession, genuine.getHeader().getKeyID(), serviceSigner())));
  }

  @Test
  void a_token_whose_session_does_not_exist_is_refused() throws Exception {
    SignedJWT genuine = SignedJWT.parse(user.token());
    JWTClaimsSet unknownSession =
        new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
            .claim("sid", UUID.randomUUID().toString())
            .build();

    assertUnauthenticated(
        callWith(sign(unknownSession, genuine.getHeader().getKeyID(), serviceSigner())));
  }

  @Test
  void a_token_from_another_issuer_is_refused() throws Exception {
    SignedJWT genuine = SignedJWT.parse(user.token());
    JWTClaimsSet foreign =
        new JWTClaimsSet.Builder(genuine.getJWTClaimsSet()).issuer("someone-else").build();

    assertUnauthenticated(callWith(sign(foreign, genuine.getHeader().getKeyID(), serviceSigner())));
  }

  @Test
  void a_token_altered_in_any_single_character_is_refused() {
    String token = user.token();
    List<Integer> accepted = new ArrayList<>();
    for (int i = 0; i < token.length(); i++) {
      // Flipping the lowest of the character's six bits also reaches the bits a lenient decoder
      // ignores at the end of a part; a dot becomes a character of the alphabet.
      int index = BASE64URL.indexOf(token.charAt(i));
      char replacement = index < 0 ? 'A' : BASE64URL.charAt(index ^ 1);
      String altered = token.substring(0, i) + replacement + token.substring(i + 1);
      if (callWith(altered).status() != 401) {
        accepted.add(i);
      }
    }

    assertEquals(List.of(), accepted, "positions whose alteration was accepted");
  }

  @Test
  void a_token_altered_after_the_genuine_one_was_accepted_is_refused() {
    String token = user.token();
    assertEquals(200, callWith(token).status());
    String[] parts = token.split("\\.");
    String otherSignature =
        parts[2].charAt(0) == 'A' ? "B" + parts[2].substring(1) : "A" + parts[2].substring(1);

    assertUnauthenticated(callWith(parts[0] + "." + parts[1] + "." + otherSignature));
  }

  @Test
  void a_token_whose_payload_was_swapped_for_another_users_is_refused() throws Exception {
    TestUser other = newUser();
    String[] mine = user.token().split("\\.");
    String[] theirs = other.token().split("\\.");

    assertUnauthenticated(callWith(mine[0] + "." + theirs[1] + "." + mine[2]));
  }

  @Test
  void a_token_that_is_not_a_jwt_is_refused() {
    assertUnauthenticated(callWith("not-a-token"));
  }

  @Test
  void a_request_with_basic_credentials_instead_of_a_bearer_token_is_refused() {
    assertUnauthenticated(
        api.request("GET", PROTECTED).header("Authorization", "Basic dXNlcjpwYXNz").send());
  }

  // ---- framework errors

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put(FailingController.ENABLED, "true");
    return properties;
  }

  @Test
  void an_unexpected_failure_is_a_500_problem_that_tells_nothing_of_its_cause() {
    ApiResponse response = api.request("GET", "/test-only/failure").send();

    assertProblem(500, response);
    assertFalse(response.body().contains(FailingController.SECRET), response::toString);
  }

  @Test
  void an_unknown_path_under_the_api_answers_401_without_a_token() {
    assertUnauthenticated(api.request("GET", "/api/v1/no-such-thing").send());
  }

  @Test
  void an_unknown_path_under_the_api_answers_404_with_a_token() {
    assertProblem(404, api.request("GET", "/api/v1/no-such-thing").token(user.token()).send());
  }

  @Test
  void an_unknown_path_outside_the_api_answers_404() {
    assertProblem(404, api.request("GET", "/no-such-thing").send());
  }

  @Test
  void a_wrong_method_on_a_public_auth_route_answers_405() {
    ApiResponse response = api.request("GET", "/api/v1/auth/register").send();

    assertProblem(405, response);
    assertEquals("POST", response.header("Allow").orElse(""));
  }

  @Test
  void a_wrong_method_on_the_dictionary_answers_405_with_a_token() {
    assertProblem(405, api.request("DELETE", PROTECTED).token(user.token()).send());
  }

  @Test
  void an_error_is_problem_json_even_for_a_client_that_prefers_html() {
    ApiResponse response =
        api.request("GET", "/api/v1/no-such-thing")
            .token(user.token())
            .header("Accept", "text/html")
            .send();

    assertProblem(404, response);
  }

  @Test
  void problem_types_tell_kinds_of_error_apart() {
    String missing =
        api.request("GET", PROTECTED + "/" + namespace() + "k")
            .token(user.token())
            .send()
            .text("type");
    String invalid =
        api.request("GET", PROTECTED + "?limit=0").token(user.token()).send().text("type");

    assertTrue(!missing.equals(invalid), missing + " " + invalid);
  }

  @Test
  void bad_input_of_every_kind_never_gives_a_500() {
    List<ApiClient.Request> requests =
        List.of(
            api.request("POST", "/api/v1/auth/register").json("null"),
            api.request("POST", "/api/v1/auth/register").json("\"text\""),
            api.request("POST", "/api/v1/auth/register")
                .json("{\"username\":[1],\"email\":{},\"password\":true}"),
            api.request("POST", "/api/v1/auth/login").json("{\"username\":\"\",\"password\":\"\"}"),
            api.request("POST", "/api/v1/auth/login")
                .json("{\"username\":\"a\\u0000b\",\"password\":\"x\"}"),
            api.request("POST", "/api/v1/auth/login")
                .json("{\"username\":\"\\ud800\",\"password\":\"\\udc00\"}"),
            api.request("POST", "/api/v1/auth/login").body("application/json", ""),
            api.request("PUT", PROTECTED + "/k%FF").token(user.token()).json(Map.of("value", "v")),
            api.request("PUT", PROTECTED + "/" + "k".repeat(2000))
                .token(user.token())
                .json(Map.of("value", "v")),
            api.request("GET", PROTECTED + "?prefix=%FF%FE&cursor=" + "A".repeat(3000))
                .token(user.token()),
            api.request("GET", PROTECTED + "?limit=99999999999999999999").token(user.token()),
            api.request("GET", PROTECTED + "/k")
                .token(user.token())
                .header("If-None-Match", "\"unterminated"),
            api.request("DELETE", PROTECTED + "/k").token(user.token()).header("If-Match", "W/"));

    for (ApiClient.Request request : requests) {
      ApiResponse response = request.send();
      assertTrue(response.status() >= 400 && response.status() < 500, response::toString);
      assertProblem(response.status(), response);
    }
  }

  /** The service's own key, read from its data directory: RSA by default, EC when configured. */
  private JWSSigner serviceSigner() throws Exception {
    String base64 =
        signingKeyPem()
            .replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    var spec = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64));
    try {
      return new ECDSASigner((ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(spec));
    } catch (InvalidKeySpecException notAnEcKey) {
      return new RSASSASigner(KeyFactory.getInstance("RSA").generatePrivate(spec));
    }
  }

  private static String sign(JWTClaimsSet claims, String keyId, JWSSigner signer) throws Exception {
    JWSAlgorithm algorithm =
        signer instanceof RSASSASigner ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256;
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(algorithm).keyID(keyId).type(JOSEObjectType.JWT).build(), claims);
    jwt.sign(signer);
    return jwt.serialize();
  }
}
