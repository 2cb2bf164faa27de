package dev.lexicon.adapter.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.body.stream.BaseSharedBuffer;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure that nothing else handles, such as a bug: the 500 problem that Micronaut's own error
 * path gives (a fixed detail and the request id to quote), logged with its stack trace under that
 * request id.
 *
 * <p>Micronaut's path logs the exception before it enters the request's context, so its line had
 * the request id only while a filter held that context open around the whole request, as Micronaut
 * Security's filter did and the inline one that replaces it does not. A body cut short of its
 * Content-Length means that the client went away; Micronaut drops that quietly, and so does this.
 */
@Singleton
final class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

  private final ErrorResponseProcessor<?> problems;

  UnexpectedErrorHandler(ErrorResponseProcessor<?> problems) {
    this.problems = problems;
  }

  @Override
  @SuppressWarnings("rawtypes") // the interface declares the raw type
  public HttpResponse<?> handle(HttpRequest request, RuntimeException failure) {
    if (failure instanceof BaseSharedBuffer.IncorrectContentLengthException) {
      LOG.debug("The client left before the end of its body: {}", failure.getMessage());
      return HttpResponse.badRequest();
    }
    LOG.error("Unexpected error occurred: {}", failure.getMessage(), failure);
    return problems.processResponse(
        ErrorContext.builder(request).cause(failure).build(), HttpResponse.serverError());
  }
}
