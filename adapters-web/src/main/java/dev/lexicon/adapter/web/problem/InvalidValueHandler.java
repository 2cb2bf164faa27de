package dev.lexicon.adapter.web.problem;

import dev.lexicon.domain.InvalidValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/** A rule that only a use case can check (the password policy) is a 400 like any other. */
@Singleton
final class InvalidValueHandler implements ExceptionHandler<InvalidValue, HttpResponse<Problem>> {

  @Override
  @SuppressWarnings("rawtypes") // the interface declares the raw type
  public HttpResponse<Problem> handle(HttpRequest request, InvalidValue exception) {
    return Problems.response(
        ProblemType.INVALID_REQUEST,
        InvalidRequestHandler.DETAIL,
        List.of(new FieldError(exception.field(), exception.getMessage())));
  }
}
