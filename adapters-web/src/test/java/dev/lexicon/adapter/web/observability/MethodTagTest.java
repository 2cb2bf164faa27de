package dev.lexicon.adapter.web.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MethodTagTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"})
  void a_method_http_defines_keeps_its_name(String method) {
    assertEquals(method, MethodTag.of(method));
  }

  @ParameterizedTest
  @ValueSource(strings = {"FOO", "PROPFIND", "Get", "GETX"})
  void any_other_method_is_other(String method) {
    assertEquals(MethodTag.OTHER, MethodTag.of(method));
  }
}
