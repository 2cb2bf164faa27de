package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReaderOrderTokenResolverTest {

  private final HttpRequest<?> request = HttpRequest.GET("/api/v1/dictionary/k");

  @Test
  void gathers_one_token_from_each_reader_that_finds_one_in_the_readers_order() {
    ReaderOrderTokenResolver resolver =
        new ReaderOrderTokenResolver(List.of(finding("a"), findingNothing(), finding("b")));

    assertEquals(List.of("a", "b"), resolver.resolveTokens(request));
  }

  @Test
  void finds_no_token_when_no_reader_does() {
    ReaderOrderTokenResolver resolver =
        new ReaderOrderTokenResolver(List.of(findingNothing(), findingNothing()));

    assertEquals(List.of(), resolver.resolveTokens(request));
  }

  private static TokenReader<HttpRequest<?>> finding(String token) {
    return request -> Optional.of(token);
  }

  private static TokenReader<HttpRequest<?>> findingNothing() {
    return request -> Optional.empty();
  }
}
