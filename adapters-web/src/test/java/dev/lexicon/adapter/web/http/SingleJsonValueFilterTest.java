package dev.lexicon.adapter.web.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleJsonValueFilterTest {

  private final SingleJsonValueFilter filter =
      new SingleJsonValueFilter(new JsonReadLimits(1024 * 1024));

  @ParameterizedTest
  @ValueSource(strings = {"{\"key\":\"k\"}", "{\"key\":\"k\"} \r\n\t", "  {}  ", "[1,2]", "42"})
  void one_value_with_whitespace_around_it_passes(String body) {
    assertTrue(filter.endsAfterOneValue(body.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"key\":\"k\"}x", "{\"key\":\"k\"}{}", "{}\u0000", "{} {}", "[]]"})
  void anything_after_the_value_is_refused(String body) {
    assertFalse(filter.endsAfterOneValue(body.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"key\":", "{'key':'k'}", "nul"})
  void a_malformed_value_is_left_to_the_binding_to_refuse(String body) {
    assertTrue(filter.endsAfterOneValue(body.getBytes(StandardCharsets.UTF_8)));
  }
}
