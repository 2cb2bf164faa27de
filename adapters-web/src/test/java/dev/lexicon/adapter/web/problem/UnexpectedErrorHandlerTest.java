package dev.lexicon.adapter.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.body.stream.BaseSharedBuffer;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnexpectedErrorHandlerTest {

  private final List<ErrorContext> processed = new ArrayList<>();
  private final UnexpectedErrorHandler handler =
      new UnexpectedErrorHandler(
          (ErrorResponseProcessor<String>)
              (context, response) -> {
                processed.add(context);
                return response.body("the problem");
              });
  private final HttpRequest<?> request = HttpRequest.GET("/api/v1/dictionary/k");

  @Test
  void a_failure_nothing_else_handles_is_a_500_problem_about_that_failure() {
    IllegalStateException bug = new IllegalStateException("a bug");

    HttpResponse<?> response = handler.handle(request, bug);

    assertEquals(HttpStatus.INTERNAL_SERVER_ERROR, response.status());
    assertSame(bug, processed.get(0).getRootCause().orElseThrow());
  }

  @Test
  void a_body_cut_short_of_its_length_is_dropped_as_a_bad_request_without_a_problem()
      throws Exception {
    Constructor<BaseSharedBuffer.IncorrectContentLengthException> cutShort =
        BaseSharedBuffer.IncorrectContentLengthException.class.getDeclaredConstructor(String.class);
    cutShort.setAccessible(true); // Micronaut makes it only inside its package

    HttpResponse<?> response = handler.handle(request, cutShort.newInstance("10 of 100 bytes"));

    assertEquals(HttpStatus.BAD_REQUEST, response.status());
    assertEquals(List.of(), processed);
  }
}
