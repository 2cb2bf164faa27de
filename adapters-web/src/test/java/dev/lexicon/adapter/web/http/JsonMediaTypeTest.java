package dev.lexicon.adapter.web.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonMediaTypeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "Application/JSON",
        "application/json; charset=utf-8",
        "application/json;charset=UTF-8",
        "application/json; charset=\"utf-8\"",
        "application/json;",
        "application/json ; charset=utf-8"
      })
  void json_in_utf8_is_json(String contentType) {
    assertTrue(JsonMediaType.isJson(List.of(contentType)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ";;;",
        "text/plain",
        "application/json; charset=latin1",
        "application/json; charset=\"utf-8",
        "application/jsonx",
        "application/problem+json",
        "application/json garbage",
        "application/json; charset",
        "/json"
      })
  void anything_else_is_not(String contentType) {
    assertFalse(JsonMediaType.isJson(List.of(contentType)));
  }

  @Test
  void no_content_type_or_two_are_not_json() {
    assertFalse(JsonMediaType.isJson(List.of()));
    assertFalse(JsonMediaType.isJson(List.of("application/json", "application/json")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"identity", "IDENTITY", " identity ", "identity, identity"})
  void identity_is_no_coding(String contentEncoding) {
    assertTrue(JsonMediaType.isIdentity(List.of(contentEncoding)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"gzip", "x-gzip", "deflate", "br", "snappy", "x-garbage", "identity, gzip"})
  void every_other_coding_is_a_coding(String contentEncoding) {
    assertFalse(JsonMediaType.isIdentity(List.of(contentEncoding)));
  }
}
