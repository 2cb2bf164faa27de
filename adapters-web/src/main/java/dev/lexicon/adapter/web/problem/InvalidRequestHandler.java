package dev.lexicon.adapter.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
final class InvalidRequestHandler
    implements ExceptionHandler<InvalidRequest, HttpResponse<Problem>> {

  static final String DETAIL = "Some fields are invalid; see errors.";

  @Override
  @SuppressWarnings("rawtypes") // the interface declares the raw type
  public HttpResponse<Problem> handle(HttpRequest request, InvalidRequest exception) {
    return Problems.response(ProblemType.INVALID_REQUEST, DETAIL, exception.errors());
  }
}
