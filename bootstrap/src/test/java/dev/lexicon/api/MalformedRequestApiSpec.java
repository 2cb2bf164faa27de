package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of malformed request sent to every route it can reach: each must get a 4xx problem
 * without internals (or the status its kind names: 505 for a version the service does not speak),
 * never a 500. A kind is sent to a route when it makes a request to that route malformed (a broken
 * JSON body means nothing to a GET), and each route's well-formed request is shown to succeed, so
 * every 4xx below is the malformation's doing.
 */
abstract class MalformedRequestApiSpec extends ApiTest {

  static final String PROBLEM_FREE_VALUE = "v";

  static final String ADMIN_PASSWORD = "granite owls keep the ledger";

  final String adminUsername = unique("admin");
  TestUser user;
  String admin;
  RawHttp raw;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = super.getProperties();
    properties.put("lexicon.first-admin.username", adminUsername);
    properties.put("lexicon.first-admin.email", adminUsername + "@example.com");
    properties.put("lexicon.first-admin.password", ADMIN_PASSWORD);
    return properties;
  }

  @BeforeAll
  void user() {
    user = newUser();
    admin = Tokens.of(logIn(adminUsername, ADMIN_PASSWORD)).access();
    raw = new RawHttp(server.getURL(), jsonMapper);
  }

  /** The routes of API.md that this service serves, each with a request that succeeds. */
  enum Route {
    REGISTER("POST", "/api/v1/auth/register", false, "username", "email", "password"),
    LOGIN("POST", "/api/v1/auth/login", false, "username", "password"),
    JWKS("GET", "/.well-known/jwks.json", false),
    LIST("GET", "/api/v1/dictionary", true),
    CREATE("POST", "/api/v1/dictionary", true, "key", "value"),
    GET("GET", "/api/v1/dictionary/", true),
    PUT("PUT", "/api/v1/dictionary/", true, "value"),
    DELETE("DELETE", "/api/v1/dictionary/", true);

    final String method;
    final String path;
    final boolean needsToken;
    final List<String> fields;

    Route(String method, String path, boolean needsToken, String... fields) {
      this.method = method;
      this.path = path;
      this.needsToken = needsToken;
      this.fields = List.of(fields);
    }

    boolean readsBody() {
      return !fields.isEmpty();
    }

    boolean addressesAnEntry() {
      return path.endsWith("/");
    }

    /** The header that carries this route's condition. */
    String conditionHeader() {
      return this == GET ? "If-None-Match" : "If-Match";
    }
  }

  static final Set<Route> ALL = EnumSet.allOf(Route.class);
  static final Set<Route> BODY = EnumSet.of(Route.REGISTER, Route.LOGIN, Route.CREATE, Route.PUT);
  static final Set<Route> TOKEN =
      EnumSet.of(Route.LIST, Route.CREATE, Route.GET, Route.PUT, Route.DELETE);
  static final Set<Route> ENTRY = EnumSet.of(Route.GET, Route.PUT, Route.DELETE);
  static final Set<Route> LIST = EnumSet.of(Route.LIST);

  /** One request to one route: what is built for it, with a fresh entry where it needs one. */
  final class Target {

    final Route route;
    final String key;

    Target(Route route) {
      this.route = route;
      this.key = route.addressesAnEntry() || route == Route.CREATE ? namespace() + "k" : null;
      if (route.addressesAnEntry()) {
        ApiResponse created =
            api.request("PUT", "/api/v1/dictionary/" + key)
                .token(user.token())
                .json("{\"value\":\"v\"}")
                .send();
        assertTrue(created.status() == 201, created::toString);
      }
    }

    String path() {
      return route.addressesAnEntry() ? route.path + key : route.path;
    }

    /** The well-formed body of this route, with each field's JSON given by {@code value}. */
    String body(Function<String, String> value) {
      List<String> members = new ArrayList<>();
      for (String field : route.fields) {
        members.add("\"" + field + "\":" + value.apply(field));
      }
      return "{" + String.join(",", members) + "}";
    }

    String validBody() {
      return body(field -> "\"" + validValue(field) + "\"");
    }

    String validValue(String field) {
      return switch (route + "." + field) {
        case "REGISTER.username" -> unique("u");
        case "REGISTER.email" -> unique("e") + "@example.com";
        case "LOGIN.username" -> user.username();
        case "CREATE.key" -> key;
        default -> field.equals("password") ? PASSWORD : PROBLEM_FREE_VALUE;
      };
    }

    /** The valid body with {@code bytes} inserted into the first field's string. */
    byte[] bodyWithBytesInFirstString(byte[] bytes) {
      String first = route.fields.get(0);
      String marker = "\u0001";
      String text =
          body(field -> "\"" + validValue(field) + (field.equals(first) ? marker : "") + "\"");
      int at = text.indexOf(marker);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
      out.writeBytes(bytes);
      out.writeBytes(text.substring(at + 1).getBytes(StandardCharsets.UTF_8));
      return out.toByteArray();
    }

    /** The route's request, well-formed apart from what the caller changes. */
    ApiClient.Request request() {
      return request(route.method, path());
    }

    ApiClient.Request request(String method, String path) {
      ApiClient.Request request = requestWithoutToken(method, path);
      if (route.needsToken) {
        request.token(user.token());
      }
      return request;
    }

    ApiClient.Request requestWithoutToken(String method, String path) {
      ApiClient.Request request = api.request(method, path);
      if (route.readsBody()) {
        request.json(validBody());
      }
      return request;
    }

    String validBodyIfAny() {
      return route.readsBody() ? validBody() : "";
    }

    /** The route's request as raw bytes: the request line, these header lines, and a body. */
    ApiResponse raw(String requestLine, List<String> headerLines, byte[] body) {
      return raw(requestLine, "Host: localhost\r\n", headerLines, body);
    }

    ApiResponse raw(String requestLine, String hostLine, List<String> headerLines, byte[] body) {
      StringBuilder head = new StringBuilder(requestLine + "\r\n");
      head.append(hostLine);
      if (route.needsToken) {
        head.append("Authorization: Bearer ").append(user.token()).append("\r\n");
      }
      headerLines.forEach(line -> head.append(line).append("\r\n"));
      head.append("Connection: close\r\n\r\n");
      return MalformedRequestApiSpec.this.raw.send(head.toString(), body);
    }

    ApiResponse rawJson(List<String> headerLines, String body) {
      return rawJson(path(), headerLines, body);
    }

    ApiResponse rawJson(String target, List<String> headerLines, String body) {
      return rawLine(route.method + " " + target + " HTTP/1.1", headerLines, body);
    }

    ApiResponse rawLine(String requestLine, List<String> headerLines, String body) {
      List<String> lines = new ArrayList<>(List.of("Content-Type: application/json"));
      lines.addAll(headerLines);
      return raw(requestLine, lines, body.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * A way of getting a request wrong, the routes it can be sent to, and the status it gets when
   * that is not just any 4xx (0 otherwise).
   */
  record Kind(String name, Set<Route> routes, int status, Function<Target, ApiResponse> send) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Kind kind(String name, Set<Route> routes, Function<Target, ApiResponse> send) {
    return new Kind(name, routes, 0, send);
  }

  static Kind kind(String name, Set<Route> routes, int status, Function<Target, ApiResponse> send) {
    return new Kind(name, routes, status, send);
  }

  static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  static final int MIB = 1024 * 1024;

  List<Kind> kinds() {
    return List.of(
        // ---- the JSON body
        kind("an empty body", BODY, t -> t.request().json("").send()),
        kind("the JSON null", BODY, t -> t.request().json("null").send()),
        kind("a JSON string", BODY, t -> t.request().json("\"text\"").send()),
        kind("a JSON array", BODY, t -> t.request().json("[]").send()),
        kind("a JSON number", BODY, t -> t.request().json("42").send()),
        kind("truncated JSON", BODY, t -> t.request().json(t.validBody().substring(0, 9)).send()),
        kind(
            "single-quoted JSON",
            BODY,
            t -> t.request().json(t.validBody().replace('"', '\'')).send()),
        kind("JSON with a comment", BODY, t -> t.request().json("/* c */ " + t.validBody()).send()),
        kind(
            "a raw control character in a string",
            BODY,
            t ->
                t.request()
                    .body("application/json", t.bodyWithBytesInFirstString(bytes(0x01)))
                    .send()),
        kind("every field null", BODY, t -> t.request().json(t.body(f -> "null")).send()),
        kind("every field a number", BODY, t -> t.request().json(t.body(f -> "12345")).send()),
        kind("every field an object", BODY, t -> t.request().json(t.body(f -> "{\"a\":1}")).send()),
        kind("every field an array", BODY, t -> t.request().json(t.body(f -> "[\"a\"]")).send()),
        kind("every field a boolean", BODY, t -> t.request().json(t.body(f -> "true")).send()),
        kind(
            "a number of 1,000 digits",
            BODY,
            t -> t.request().json(t.body(f -> "9".repeat(1000))).send()),
        kind(
            "a number with a huge exponent",
            BODY,
            t -> t.request().json(t.body(f -> "1e999999999")).send()),
        kind(
            "arrays nested 10,000 deep",
            BODY,
            t -> t.request().json(t.body(f -> nested(10_000))).send()),
        kind("arrays nested 40 deep", BODY, t -> t.request().json(t.body(f -> nested(40))).send()),
        kind(
            "a string of 200,000 characters",
            BODY,
            t -> t.request().json(t.body(f -> "\"" + "a".repeat(200_000) + "\"")).send()),
        kind(
            "a field given twice",
            BODY,
            t ->
                t.request()
                    .json(t.validBody().replace("{", "{\"" + t.route.fields.get(0) + "\":\"x\","))
                    .send()),
        kind(
            "the byte FF, never valid in UTF-8",
            BODY,
            t ->
                t.request()
                    .body("application/json", t.bodyWithBytesInFirstString(bytes(0xFF)))
                    .send()),
        kind(
            "a UTF-8 sequence cut short",
            BODY,
            t ->
                t.request()
                    .body("application/json", t.bodyWithBytesInFirstString(bytes(0xE2, 0x82)))
                    .send()),
        kind(
            "an overlong UTF-8 encoding of '/'",
            BODY,
            t ->
                t.request()
                    .body("application/json", t.bodyWithBytesInFirstString(bytes(0xC0, 0xAF)))
                    .send()),
        kind(
            "a surrogate encoded in UTF-8",
            BODY,
            t ->
                t.request()
                    .body("application/json", t.bodyWithBytesInFirstString(bytes(0xED, 0xA0, 0x80)))
                    .send()),
        kind(
            "a lone surrogate escape",
            BODY,
            t -> t.request().json(t.body(f -> "\"\\ud800\"")).send()),
        kind("a text/plain body", BODY, t -> t.request().body("text/plain", t.validBody()).send()),
        kind("an XML body", BODY, t -> t.request().body("application/xml", "<a>b</a>").send()),
        kind(
            "a form body",
            BODY,
            t ->
                t.request()
                    .body("application/x-www-form-urlencoded", "username=a&password=b")
                    .send()),
        kind(
            "a body over 1 MiB with its length declared",
            BODY,
            t -> t.request().json(t.body(f -> "\"" + "a".repeat(MIB) + "\"")).send()),
        kind(
            "a chunked body over 1 MiB",
            BODY,
            t -> t.request().json(t.body(f -> "\"" + "a".repeat(MIB) + "\"")).chunked().send()),
        // ---- the request line and headers, on every route
        kind("the method PATCH", ALL, t -> t.request("PATCH", t.path()).send()),
        kind("the method TRACE", ALL, t -> t.request("TRACE", t.path()).send()),
        kind(
            "a query with the byte FF",
            ALL,
            t -> t.request(t.route.method, t.path() + "?q=%FF").send()),
        kind(
            "a query with an overlong '/'",
            ALL,
            t -> t.request(t.route.method, t.path() + "?q=%C0%AF").send()),
        kind(
            "a query with a broken escape",
            ALL,
            t -> t.rawJson(t.path() + "?q=%zz", List.of(), t.validBodyIfAny())),
        // Just over the limits (8 KiB for the request target, 8 KiB for the headers), in one
        // write and without a body: the server answers an oversized head at once and closes, and
        // bytes it had not read yet would reset the connection and lose that answer.
        kind(
            "a request target over 8 KiB",
            ALL,
            414,
            t -> t.rawJson(t.path() + "?q=" + "a".repeat(8_200), List.of(), "")),
        kind(
            "a request line over what any 8 KiB target needs",
            ALL,
            414,
            t -> t.rawJson(t.path() + "?q=" + "a".repeat(8_400), List.of(), "")),
        kind(
            "headers over 8 KiB",
            ALL,
            431,
            t -> t.rawJson(List.of("X-Padding: " + "a".repeat(8_400)), "")),
        kind(
            "no Host",
            ALL,
            400,
            t ->
                t.raw(
                    t.route.method + " " + t.path() + " HTTP/1.1",
                    "",
                    List.of("Content-Type: application/json"),
                    t.validBodyIfAny().getBytes(StandardCharsets.UTF_8))),
        kind("two Hosts", ALL, 400, t -> t.rawJson(List.of("Host: elsewhere"), t.validBodyIfAny())),
        kind(
            "two Authorization headers, the first valid",
            ALL,
            400,
            t ->
                t.rawJson(
                    t.route.needsToken
                        ? List.of("Authorization: garbage")
                        : List.of(
                            "Authorization: Bearer " + user.token(), "Authorization: garbage"),
                    t.validBodyIfAny())),
        kind(
            "the version HTTP/2.0 in the request line",
            ALL,
            505,
            t ->
                t.rawLine(
                    t.route.method + " " + t.path() + " HTTP/2.0", List.of(), t.validBodyIfAny())),
        kind(
            "the version HTTP/9.9 in the request line",
            ALL,
            505,
            t ->
                t.rawLine(
                    t.route.method + " " + t.path() + " HTTP/9.9", List.of(), t.validBodyIfAny())),
        kind(
            "a lowercase method",
            ALL,
            400,
            t ->
                t.rawLine(
                    t.route.method.toLowerCase(Locale.ROOT) + " " + t.path() + " HTTP/1.1",
                    List.of(),
                    t.validBodyIfAny())),
        kind(
            "two equal Content-Lengths",
            ALL,
            400,
            t -> {
              String body = t.validBodyIfAny();
              int length = body.getBytes(StandardCharsets.UTF_8).length;
              return t.rawJson(
                  List.of("Content-Length: " + length, "Content-Length: " + length), body);
            }),
        kind(
            "a Content-Length list",
            ALL,
            400,
            t -> {
              String body = t.validBodyIfAny();
              int length = body.getBytes(StandardCharsets.UTF_8).length;
              return t.rawJson(List.of("Content-Length: " + length + ", " + length), body);
            }),
        kind(
            "a header line without a colon",
            ALL,
            t -> t.rawJson(List.of("NoColonHere"), t.validBodyIfAny())),
        kind(
            "a header name with a space",
            ALL,
            t -> t.rawJson(List.of("Bad Name: v"), t.validBodyIfAny())),
        kind(
            "a NUL byte in a header",
            ALL,
            t -> t.rawJson(List.of("X-Nul: a\0b"), t.validBodyIfAny())),
        kind(
            "a Content-Length that is not a number",
            ALL,
            t -> t.rawJson(List.of("Content-Length: ten"), t.validBodyIfAny())),
        kind(
            "two different Content-Lengths",
            ALL,
            t -> {
              String body = t.validBodyIfAny();
              int length = body.getBytes(StandardCharsets.UTF_8).length;
              return t.rawJson(
                  List.of("Content-Length: " + length, "Content-Length: " + (length + 1)), body);
            }),
        kind(
            "a space in the request target",
            ALL,
            t -> t.rawJson(t.path() + " x", List.of(), t.validBodyIfAny())),
        kind(
            "a tab in the request target",
            ALL,
            t -> t.rawJson(t.path() + "\tx", List.of(), t.validBodyIfAny())),
        kind(
            "a request line without a version",
            ALL,
            t -> t.rawLine(t.route.method + " " + t.path(), List.of(), t.validBodyIfAny())),
        kind(
            "a bare CR in a header",
            ALL,
            t -> t.rawJson(List.of("X-Cr: a\rb"), t.validBodyIfAny())),
        kind("a '(' in a header name", ALL, t -> t.rawJson(List.of("X(A): v"), t.validBodyIfAny())),
        kind("an empty header name", ALL, t -> t.rawJson(List.of(": v"), t.validBodyIfAny())),
        kind(
            "whitespace between a header name and its colon",
            ALL,
            t -> t.rawJson(List.of("X-A : v"), t.validBodyIfAny())),
        kind(
            "a negative Content-Length",
            ALL,
            t -> t.rawJson(List.of("Content-Length: -5"), t.validBodyIfAny())),
        kind(
            "a Content-Length with a sign",
            ALL,
            t -> t.rawJson(List.of("Content-Length: +2"), t.validBodyIfAny())),
        kind(
            "a Content-Length of 23 digits",
            ALL,
            t -> t.rawJson(List.of("Content-Length: " + "9".repeat(23)), t.validBodyIfAny())),
        kind(
            "a declared Content-Length over 1 MiB, body never sent",
            ALL,
            t -> t.rawJson(List.of("Content-Length: " + (MIB + 1)), "")),
        kind(
            "an unknown HTTP version",
            ALL,
            t ->
                t.rawLine(
                    t.route.method + " " + t.path() + " HTTP/1.x", List.of(), t.validBodyIfAny())),
        kind(
            "a non-ASCII byte in a header name",
            ALL,
            t -> t.rawJson(List.of("X-\u00e9: v"), t.validBodyIfAny())),
        kind(
            "a DEL byte in a header",
            ALL,
            t -> t.rawJson(List.of("X-Del: a\u007fb"), t.validBodyIfAny())),
        kind(
            "a backslash in the path",
            ALL,
            t -> t.rawJson(t.path() + "\\x", List.of(), t.validBodyIfAny())),
        kind(
            "a double quote in the path",
            ALL,
            t -> t.rawJson(t.path() + "\"x", List.of(), t.validBodyIfAny())),
        kind(
            "angle brackets in the path",
            ALL,
            t -> t.rawJson(t.path() + "<x>", List.of(), t.validBodyIfAny())),
        // A route without a body ignores how a body would be framed; these reach the others.
        kind(
            "Content-Length and Transfer-Encoding together",
            BODY,
            400,
            t ->
                t.rawJson(List.of("Content-Length: 5", "Transfer-Encoding: chunked"), "0\r\n\r\n")),
        kind(
            "Transfer-Encoding and Content-Length together",
            BODY,
            400,
            t ->
                t.rawJson(List.of("Transfer-Encoding: chunked", "Content-Length: 5"), "0\r\n\r\n")),
        kind(
            "a chunk size that is not hexadecimal",
            BODY,
            t -> t.rawJson(List.of("Transfer-Encoding: chunked"), "zz\r\n{}\r\n0\r\n\r\n")),
        kind(
            "an unknown Transfer-Encoding",
            BODY,
            t -> t.rawJson(List.of("Transfer-Encoding: gzip"), t.validBodyIfAny())),
        // ---- the token
        kind("no token", TOKEN, t -> withAuthorization(t, null)),
        kind("an empty bearer token", TOKEN, t -> withAuthorization(t, "Bearer ")),
        kind("basic credentials", TOKEN, t -> withAuthorization(t, "Basic dXNlcjpwYXNz")),
        kind("a token that is not a JWT", TOKEN, t -> withAuthorization(t, "Bearer not-a-token")),
        kind(
            "a token with an altered signature",
            TOKEN,
            t -> {
              String token = user.token();
              char last = token.charAt(token.length() - 2);
              return withAuthorization(
                  t,
                  "Bearer "
                      + token.substring(0, token.length() - 2)
                      + (last == 'A' ? 'B' : 'A')
                      + token.charAt(token.length() - 1));
            }),
        // ---- the key in the path
        kind(
            "a key with the byte FF",
            ENTRY,
            t -> t.request(t.route.method, t.path() + "%FF").send()),
        kind(
            "a key with a '..' segment",
            ENTRY,
            t -> t.request(t.route.method, t.path() + "/../x").send()),
        kind("a key with '//'", ENTRY, t -> t.request(t.route.method, t.path() + "//x").send()),
        kind("a key with a NUL", ENTRY, t -> t.request(t.route.method, t.path() + "%00").send()),
        kind(
            "a key of 2,000 characters",
            ENTRY,
            t -> t.request(t.route.method, t.path() + "k".repeat(2_000)).send()),
        // ---- the conditional headers
        kind("an unterminated entity tag", ENTRY, t -> withCondition(t, "\"1")),
        kind("a weak-tag prefix and nothing more", ENTRY, t -> withCondition(t, "W/")),
        kind("an entity-tag list with a bare word", ENTRY, t -> withCondition(t, "\"1\", x")),
        kind("an empty entity tag header", ENTRY, t -> withCondition(t, "")),
        kind("an entity tag followed by a bare word", ENTRY, t -> withCondition(t, "\"1\"x")),
        // ---- the page parameters
        kind("limit=0", LIST, t -> list(t, "limit=0")),
        kind("limit=-1", LIST, t -> list(t, "limit=-1")),
        kind("limit=abc", LIST, t -> list(t, "limit=abc")),
        kind("limit=1001", LIST, t -> list(t, "limit=1001")),
        kind("a limit of 30 digits", LIST, t -> list(t, "limit=" + "9".repeat(30))),
        kind("limit given twice", LIST, t -> list(t, "limit=1&limit=2")),
        kind("a cursor that is not base64url", LIST, t -> list(t, "cursor=***")),
        kind("a cursor of bytes that are not UTF-8", LIST, t -> list(t, "cursor=_w")),
        kind("a cursor of a key that cannot exist", LIST, t -> list(t, "cursor=Li4")),
        kind("cursor given twice", LIST, t -> list(t, "cursor=YQ&cursor=Yg")),
        kind(
            "a cursor forged as the base64 of a key",
            LIST,
            t -> list(t, "cursor=" + base64Url("a"))));
  }

  static String base64Url(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static ApiResponse withAuthorization(Target target, String authorization) {
    ApiClient.Request request = target.requestWithoutToken(target.route.method, target.path());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request.send();
  }

  static ApiResponse withCondition(Target target, String value) {
    return target.request().header(target.route.conditionHeader(), value).send();
  }

  static ApiResponse list(Target target, String query) {
    return target.request(target.route.method, target.path() + "?" + query).send();
  }

  Stream<Arguments> everyKindToEveryRouteItReaches() {
    return kinds().stream()
        .flatMap(kind -> kind.routes().stream().map(route -> Arguments.of(kind, route)));
  }

  @ParameterizedTest(name = "{0} to {1}")
  @EnumSource(Route.class)
  void a_well_formed_request_to_every_route_succeeds(Route route) {
    ApiResponse response = new Target(route).request().send();

    assertTrue(response.status() >= 200 && response.status() < 300, response::toString);
  }

  @ParameterizedTest(name = "{0} to {1}")
  @MethodSource("everyKindToEveryRouteItReaches")
  void a_malformed_request_gets_a_problem_of_its_kind_never_a_500(Kind kind, Route route) {
    ApiResponse response = kind.send().apply(new Target(route));

    if (kind.status() == 0) {
      assertTrue(response.status() >= 400 && response.status() < 500, response::toString);
    }
    assertProblem(kind.status() == 0 ? response.status() : kind.status(), response);
  }

  // ---- API.md, "HTTP framing and negotiation": how a body is written, on all nine body routes

  /** Every route that reads a JSON body, with a body it would take. */
  enum BodyRoute {
    REGISTER("POST", "/api/v1/auth/register"),
    LOGIN("POST", "/api/v1/auth/login"),
    REFRESH("POST", "/api/v1/auth/refresh"),
    LOGOUT("POST", "/api/v1/auth/logout"),
    CREATE("POST", "/api/v1/dictionary"),
    PUT("PUT", "/api/v1/dictionary/"),
    CHANGE_EMAIL("PATCH", "/api/v1/users/me"),
    CHANGE_PASSWORD("PUT", "/api/v1/users/me/password"),
    ADMINISTER("PATCH", "/api/v1/users/");

    final String method;
    final String path;

    BodyRoute(String method, String path) {
      this.method = method;
      this.path = path;
    }
  }

  /** One request to a body route, raw: this route's head with these lines, and this body. */
  ApiResponse toBodyRoute(BodyRoute route, List<String> headerLines, byte[] body) {
    String path =
        switch (route) {
          case PUT -> route.path + namespace() + "k";
          case ADMINISTER -> route.path + user.id();
          default -> route.path;
        };
    String token =
        switch (route) {
          case REGISTER, LOGIN, REFRESH -> null;
          case ADMINISTER -> admin;
          // Were the refusal to fail, these would end the shared user's session.
          case LOGOUT, CHANGE_PASSWORD -> newUser().token();
          default -> user.token();
        };
    StringBuilder head = new StringBuilder(route.method + " " + path + " HTTP/1.1\r\n");
    head.append("Host: localhost\r\n");
    if (token != null) {
      head.append("Authorization: Bearer ").append(token).append("\r\n");
    }
    headerLines.forEach(line -> head.append(line).append("\r\n"));
    head.append("Content-Length: ").append(body.length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    return raw.send(head.toString(), body);
  }

  String bodyOf(BodyRoute route) {
    return switch (route) {
      case REGISTER ->
          "{\"username\":\""
              + unique("u")
              + "\",\"email\":\""
              + unique("e")
              + "@example.com\",\"password\":\""
              + PASSWORD
              + "\"}";
      case LOGIN -> "{\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\"}";
      case REFRESH, LOGOUT -> "{\"refresh_token\":\"not-issued\"}";
      case CREATE -> "{\"key\":\"" + namespace() + "k\",\"value\":\"v\"}";
      case PUT -> "{\"value\":\"v\"}";
      case CHANGE_EMAIL -> "{\"email\":\"" + unique("e") + "@example.com\"}";
      case CHANGE_PASSWORD ->
          "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}";
      case ADMINISTER -> "{\"isActive\":true}";
    };
  }

  /** A way of writing a body that one rule of API.md refuses with one status. */
  record Refusal(String name, int status, String problemType, Function<String, Request> request) {

    @Override
    public String toString() {
      return name;
    }
  }

  /** The header lines and body bytes of a request, made from the route's well-formed JSON. */
  record Request(List<String> headerLines, byte[] body) {}

  static final String JSON = "Content-Type: application/json";
  static final String UNSUPPORTED = "urn:lexicon:problem:unsupported-media-type";
  static final String MALFORMED = "urn:lexicon:problem:malformed-request";

  static Refusal encoded(String name, String coding, Function<byte[], byte[]> encode) {
    return new Refusal(
        name,
        415,
        UNSUPPORTED,
        json ->
            new Request(List.of(JSON, "Content-Encoding: " + coding), encode.apply(utf8(json))));
  }

  static Refusal typed(String name, List<String> contentTypeLines) {
    return new Refusal(name, 415, UNSUPPORTED, json -> new Request(contentTypeLines, utf8(json)));
  }

  static Refusal trailing(String name, Function<String, String> body) {
    return new Refusal(
        name, 400, MALFORMED, json -> new Request(List.of(JSON), utf8(body.apply(json))));
  }

  static List<Refusal> refusals() {
    return List.of(
        encoded("a JSON body marked gzip that is not compressed", "gzip", bytes -> bytes),
        encoded("a JSON body marked x-gzip that is not compressed", "x-gzip", bytes -> bytes),
        encoded("a JSON body marked deflate that is not compressed", "deflate", bytes -> bytes),
        encoded("a JSON body marked snappy that is not compressed", "snappy", bytes -> bytes),
        encoded("a validly gzipped JSON body", "gzip", MalformedRequestApiSpec::gzip),
        encoded("a body in the br coding", "br", bytes -> bytes),
        encoded("a body in an unknown coding", "x-garbage", bytes -> bytes),
        typed("no Content-Type", List.of()),
        typed("an empty Content-Type", List.of("Content-Type: ")),
        typed("the Content-Type ';;;'", List.of("Content-Type: ;;;")),
        typed("the Content-Type text/plain", List.of("Content-Type: text/plain")),
        typed("JSON in Latin-1", List.of("Content-Type: application/json; charset=latin1")),
        typed("two Content-Types", List.of(JSON, JSON)),
        trailing("a letter after the JSON value", json -> json + "x"),
        trailing("two JSON documents", json -> json + json),
        trailing("a NUL after the JSON value", json -> json + "\u0000"),
        trailing("a second value after whitespace", json -> json + " \r\n 1"));
  }

  Stream<Arguments> everyRefusalToEveryBodyRoute() {
    return refusals().stream()
        .flatMap(
            refusal -> EnumSet.allOf(BodyRoute.class).stream().map(r -> Arguments.of(refusal, r)));
  }

  @ParameterizedTest(name = "{0} to {1}")
  @MethodSource("everyRefusalToEveryBodyRoute")
  void a_body_written_against_the_rules_gets_its_own_status_as_a_problem(
      Refusal refusal, BodyRoute route) {
    Request request = refusal.request().apply(bodyOf(route));

    ApiResponse response = toBodyRoute(route, request.headerLines(), request.body());

    assertProblem(refusal.status(), response);
    assertEquals(refusal.problemType(), response.text("type"), response::toString);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "application/json; charset=utf-8",
        "application/json;charset=\"UTF-8\"",
        "Application/JSON"
      })
  void json_in_utf8_spelled_any_way_the_rfc_allows_is_taken(String contentType) {
    ApiResponse response =
        toBodyRoute(
            BodyRoute.CREATE,
            List.of("Content-Type: " + contentType),
            utf8(bodyOf(BodyRoute.CREATE)));

    assertEquals(201, response.status(), response::toString);
  }

  @Test
  void whitespace_after_the_json_value_is_taken() {
    ApiResponse response =
        toBodyRoute(BodyRoute.CREATE, List.of(JSON), utf8(bodyOf(BodyRoute.CREATE) + " \r\n\t "));

    assertEquals(201, response.status(), response::toString);
  }

  @Test
  void an_identity_content_encoding_is_no_coding() {
    ApiResponse response =
        toBodyRoute(
            BodyRoute.CREATE,
            List.of(JSON, "Content-Encoding: identity"),
            utf8(bodyOf(BodyRoute.CREATE)));

    assertEquals(201, response.status(), response::toString);
  }

  @Test
  void a_logout_without_a_body_needs_no_content_type() {
    ApiResponse response = toBodyRoute(BodyRoute.LOGOUT, List.of(), new byte[0]);

    assertEquals(204, response.status(), response::toString);
  }

  @Test
  void a_body_marked_gzip_that_is_not_compressed_logs_no_error_and_no_stack_trace() {
    try (LogCapture log = new LogCapture()) {
      ApiResponse response =
          toBodyRoute(
              BodyRoute.LOGIN,
              List.of(JSON, "Content-Encoding: gzip"),
              utf8(bodyOf(BodyRoute.LOGIN)));

      assertEquals(415, response.status(), response::toString);
      assertTrue(
          log.events().stream()
              .noneMatch(
                  event -> event.getLevel() == Level.ERROR || event.getThrowableProxy() != null),
          () -> String.join("", log.lines()));
    }
  }

  // ---- API.md, "HTTP framing and negotiation": Accept never causes a 406

  static List<String> accepts() {
    return List.of(
        "application/*",
        "application/problem+json",
        "text/html",
        "application/xml",
        "application/json;q=0",
        "application/json;q=0.5;foo=bar",
        ";;;///");
  }

  @ParameterizedTest(name = "Accept: {0}")
  @MethodSource("accepts")
  void a_success_is_json_whatever_accept_says(String accept) {
    ApiResponse response =
        api.request("GET", "/api/v1/dictionary?limit=1")
            .token(user.token())
            .header("Accept", accept)
            .send();

    assertEquals(200, response.status(), response::toString);
    assertEquals("application/json", response.header("Content-Type").orElse(""));
  }

  @ParameterizedTest(name = "Accept: {0}")
  @MethodSource("accepts")
  void an_error_is_problem_json_whatever_accept_says(String accept) {
    ApiResponse response =
        api.request("GET", "/api/v1/dictionary/" + namespace() + "missing")
            .token(user.token())
            .header("Accept", accept)
            .send();

    assertProblem(404, response);
  }

  @ParameterizedTest(name = "Accept: {0}")
  @MethodSource("accepts")
  void a_no_content_answer_is_given_whatever_accept_says(String accept) {
    String key = namespace() + "k";
    ApiResponse created =
        api.request("PUT", "/api/v1/dictionary/" + key)
            .token(user.token())
            .json("{\"value\":\"v\"}")
            .send();
    assertEquals(201, created.status(), created::toString);

    ApiResponse response =
        api.request("DELETE", "/api/v1/dictionary/" + key)
            .token(user.token())
            .header("Accept", accept)
            .send();

    assertEquals(204, response.status(), response::toString);
  }

  @ParameterizedTest(name = "Accept: {0}")
  @MethodSource("accepts")
  void a_logout_is_answered_whatever_accept_says(String accept) {
    ApiResponse response =
        api.request("POST", "/api/v1/auth/logout")
            .token(newUser().token())
            .header("Accept", accept)
            .send();

    assertEquals(204, response.status(), response::toString);
  }

  // A generated client asks for application/problem+json alone where a route answers with no
  // body: the request must still be carried out.

  static final String PROBLEM_ONLY = "application/problem+json";

  @Test
  void a_delete_that_accepts_only_problem_json_deletes_the_entry() {
    String key = namespace() + "k";
    api.request("PUT", "/api/v1/dictionary/" + key)
        .token(user.token())
        .json("{\"value\":\"v\"}")
        .send();

    ApiResponse deleted =
        api.request("DELETE", "/api/v1/dictionary/" + key)
            .token(user.token())
            .header("Accept", PROBLEM_ONLY)
            .send();

    assertEquals(204, deleted.status(), deleted::toString);
    assertProblem(404, api.request("GET", "/api/v1/dictionary/" + key).token(user.token()).send());
  }

  @Test
  void a_logout_that_accepts_only_problem_json_retires_the_access_token() {
    String token = newUser().token();

    ApiResponse loggedOut =
        api.request("POST", "/api/v1/auth/logout")
            .token(token)
            .header("Accept", PROBLEM_ONLY)
            .send();

    assertEquals(204, loggedOut.status(), loggedOut::toString);
    assertProblem(401, api.request("GET", "/api/v1/users/me").token(token).send());
  }

  @Test
  void a_password_change_that_accepts_only_problem_json_changes_the_password() {
    TestUser someone = newUser();
    String newPassword = "amber lanterns over quiet water";

    ApiResponse changed =
        api.request("PUT", "/api/v1/users/me/password")
            .token(someone.token())
            .header("Accept", PROBLEM_ONLY)
            .json(
                "{\"currentPassword\":\""
                    + PASSWORD
                    + "\",\"newPassword\":\""
                    + newPassword
                    + "\"}")
            .send();

    assertEquals(204, changed.status(), changed::toString);
    assertEquals(200, logIn(someone.username(), newPassword).status());
  }

  @Test
  void a_deactivation_that_accepts_only_problem_json_deactivates_the_account() {
    TestUser someone = newUser();

    ApiResponse deactivated =
        api.request("DELETE", "/api/v1/users/me")
            .token(someone.token())
            .header("Accept", PROBLEM_ONLY)
            .send();

    assertEquals(204, deactivated.status(), deactivated::toString);
    assertProblem(401, logIn(someone.username(), PASSWORD));
  }

  @Test
  void an_entry_asked_for_as_problem_json_alone_comes_as_its_json() {
    String key = namespace() + "k";
    api.request("PUT", "/api/v1/dictionary/" + key)
        .token(user.token())
        .json("{\"value\":\"v\"}")
        .send();

    ApiResponse entry =
        api.request("GET", "/api/v1/dictionary/" + key)
            .token(user.token())
            .header("Accept", PROBLEM_ONLY)
            .send();

    assertEquals(200, entry.status(), entry::toString);
    assertEquals("application/json", entry.header("Content-Type").orElse(""));
    assertEquals(key, entry.text("key"));
  }

  Stream<Arguments> everyAcceptToEveryFrameworkRoute() {
    return accepts().stream()
        .flatMap(
            accept ->
                Stream.of("/health", "/prometheus", "/openapi.yml", "/docs")
                    .map(path -> Arguments.of(accept, path)));
  }

  @ParameterizedTest(name = "Accept: {0} on {1}")
  @MethodSource("everyAcceptToEveryFrameworkRoute")
  void a_framework_route_answers_whatever_accept_says(String accept, String path) {
    ApiResponse response = api.request("GET", path).header("Accept", accept).send();

    assertEquals(200, response.status(), response::toString);
  }

  // ---- API.md: passwords, like every other string, are well-formed Unicode

  @Test
  void registering_with_a_lone_surrogate_in_the_password_is_a_400_naming_it() {
    String username = unique("u");
    ApiResponse response =
        api.request("POST", "/api/v1/auth/register")
            .json(
                "{\"username\":\""
                    + username
                    + "\",\"email\":\""
                    + username
                    + "@example.com\",\"password\":\"abcdefgh\\ud800\"}")
            .send();

    assertInvalid("password", response);
  }

  @Test
  void logging_in_with_a_lone_surrogate_in_the_password_is_a_400_naming_it() {
    ApiResponse response =
        api.request("POST", "/api/v1/auth/login")
            .json("{\"username\":\"" + user.username() + "\",\"password\":\"\\udfff\"}")
            .send();

    assertInvalid("password", response);
  }

  @Test
  void a_lone_surrogate_as_the_current_password_is_a_400_naming_it() {
    ApiResponse response =
        api.request("PUT", "/api/v1/users/me/password")
            .token(user.token())
            .json("{\"currentPassword\":\"\\ud800\",\"newPassword\":\"" + PASSWORD + "x\"}")
            .send();

    assertInvalid("currentPassword", response);
  }

  @Test
  void a_lone_surrogate_in_the_new_password_is_a_400_naming_it() {
    ApiResponse response =
        api.request("PUT", "/api/v1/users/me/password")
            .token(user.token())
            .json("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"abcdefgh\\ud800\"}")
            .send();

    assertInvalid("newPassword", response);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
