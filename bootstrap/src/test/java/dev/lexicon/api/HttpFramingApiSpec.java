package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * API.md "HTTP framing and negotiation", over raw sockets: an HTTP client would frame each request
 * correctly and so never send what is tested here. A request whose framing two parties could read
 * differently gets one problem and the connection is closed; the request appended to it on the same
 * connection (a valid one, with a token) must never be answered, since a proxy in front may have
 * seen it as part of the first.
 */
abstract class HttpFramingApiSpec extends ApiTest {

  RawHttp raw;
  TestUser user;

  @BeforeAll
  void user() {
    raw = new RawHttp(server.getURL(), jsonMapper);
    user = newUser();
  }

  /** What a smuggler hides behind the first request: answered, it would show the user's data. */
  String appended() {
    return "GET /api/v1/users/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
        + user.token()
        + "\r\n\r\n";
  }

  /** A keep-alive request to create an entry with these extra header lines, and this body. */
  static String create(String headerLines, String body) {
    return "POST /api/v1/dictionary HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: application/json\r\n"
        + headerLines
        + "\r\n"
        + body;
  }

  List<Integer> statusesUntilClosed(String request) {
    return raw.sendUntilClosed(request).stream().map(ApiResponse::status).toList();
  }

  ApiResponse onlyResponse(String request) {
    List<ApiResponse> responses = raw.sendUntilClosed(request);
    assertEquals(1, responses.size(), responses::toString);
    return responses.get(0);
  }

  static void assertProblemWithRequestId(int status, ApiResponse response) {
    assertProblem(status, response);
    assertTrue(response.header("X-Request-Id").isPresent(), response::toString);
  }

  // ---- the length of a body: one way to read it, or no request at all

  @Test
  void transfer_encoding_before_content_length_gets_one_400_and_nothing_after_it_is_read() {
    String smuggler = create("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n", "0\r\n\r\n");

    assertEquals(List.of(400), statusesUntilClosed(smuggler + appended()));
  }

  @Test
  void content_length_before_transfer_encoding_gets_one_400_and_nothing_after_it_is_read() {
    String smuggler = create("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n");

    assertEquals(List.of(400), statusesUntilClosed(smuggler + appended()));
  }

  @Test
  void two_equal_content_length_headers_get_one_400_and_nothing_after_it_is_read() {
    String request = create("Content-Length: 2\r\nContent-Length: 2\r\n", "{}");

    assertEquals(List.of(400), statusesUntilClosed(request + appended()));
  }

  @Test
  void two_content_length_headers_on_http_1_0_get_one_400_too() {
    String request =
        create("Content-Length: 2\r\nContent-Length: 40\r\n", "{}")
            .replaceFirst("HTTP/1.1", "HTTP/1.0");

    assertEquals(List.of(400), statusesUntilClosed(request + appended()));
  }

  @Test
  void a_content_length_list_gets_one_400_and_nothing_after_it_is_read() {
    String request = create("Content-Length: 2, 2\r\n", "{}");

    assertEquals(List.of(400), statusesUntilClosed(request + appended()));
  }

  @Test
  void a_content_length_of_non_digits_gets_one_400_and_nothing_after_it_is_read() {
    String request = create("Content-Length: 2a\r\n", "{}");

    assertEquals(List.of(400), statusesUntilClosed(request + appended()));
  }

  @Test
  void a_negative_content_length_gets_one_400_and_nothing_after_it_is_read() {
    String request = create("Content-Length: -2\r\n", "{}");

    assertEquals(List.of(400), statusesUntilClosed(request + appended()));
  }

  // ---- the headers that name the request's target and its credentials: exactly one of each

  @Test
  void an_http_1_1_request_without_host_gets_one_400_and_nothing_after_it_is_read() {
    String request = "GET /health HTTP/1.1\r\n\r\n";

    assertEquals(List.of(400), statusesUntilClosed(request + appended()));
  }

  @Test
  void a_request_with_two_host_headers_gets_one_400_and_nothing_after_it_is_read() {
    String request = "GET /health HTTP/1.1\r\nHost: localhost\r\nHost: elsewhere\r\n\r\n";

    assertEquals(List.of(400), statusesUntilClosed(request + appended()));
  }

  @Test
  void an_http_1_0_request_without_host_is_served_since_host_came_with_http_1_1() {
    ApiResponse response = onlyResponse("GET /health HTTP/1.0\r\n\r\n");

    assertEquals(200, response.status(), response::toString);
  }

  @Test
  void a_request_with_two_authorization_headers_gets_400_even_when_the_first_is_valid() {
    String request =
        "GET /api/v1/users/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
            + user.token()
            + "\r\nAuthorization: garbage\r\n\r\n";

    assertEquals(List.of(400), statusesUntilClosed(request + appended()));
  }

  // ---- sizes

  @Test
  void headers_over_8_kib_get_a_431_problem_with_a_request_id() {
    String request =
        "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(8_400) + "\r\n\r\n";

    assertProblemWithRequestId(431, onlyResponse(request));
  }

  @Test
  void a_request_target_over_8_kib_gets_a_414_problem_with_a_request_id() {
    String target = "/health?q=" + "a".repeat(8 * 1024 - "/health?q=".length() + 1);

    assertProblemWithRequestId(
        414, onlyResponse("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n"));
  }

  @Test
  void a_request_target_of_exactly_8_kib_is_served() {
    String target = "/health?q=" + "a".repeat(8 * 1024 - "/health?q=".length());

    ApiResponse response =
        raw.send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n", new byte[0]);

    assertEquals(200, response.status(), response::toString);
  }

  @Test
  void a_request_line_too_long_for_any_8_kib_target_gets_a_414_problem_with_a_request_id() {
    String target = "/health?q=" + "a".repeat(10_000);

    assertProblemWithRequestId(
        414, onlyResponse("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n"));
  }

  // ---- the request line

  @Test
  void an_http_2_0_request_line_gets_a_505_problem() {
    assertProblemWithRequestId(
        505, onlyResponse("GET /health HTTP/2.0\r\nHost: localhost\r\n\r\n" + appended()));
  }

  @Test
  void an_http_9_9_request_line_gets_a_505_problem() {
    assertProblemWithRequestId(
        505, onlyResponse("GET /health HTTP/9.9\r\nHost: localhost\r\n\r\n" + appended()));
  }

  @Test
  void a_lowercase_method_gets_one_400_and_nothing_after_it_is_read() {
    String request = "get /health HTTP/1.1\r\nHost: localhost\r\n\r\n";

    assertEquals(List.of(400), statusesUntilClosed(request + appended()));
  }

  @Test
  void a_refused_request_is_answered_with_a_date_like_any_other() {
    assertDatedNow(onlyResponse("get /health HTTP/1.1\r\nHost: localhost\r\n\r\n"));
  }

  @Test
  void an_unknown_uppercase_method_is_not_mistaken_for_a_known_one_and_keeps_its_405() {
    ApiResponse response =
        raw.send(
            "FOO /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);

    assertProblem(405, response);
  }

  // ---- what is not refused keeps the connection

  @Test
  void a_well_framed_request_keeps_the_connection_for_the_next_one() {
    String request =
        "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n"
            + appended().replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n");

    assertEquals(List.of(200, 200), statusesUntilClosed(request));
  }
}
