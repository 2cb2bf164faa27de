package dev.lexicon.adapter.web.problem;

import dev.lexicon.adapter.web.dispatch.RequestsBacklogged;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * The request was not started because the requests ahead of it have waited too long (the database
 * is slow or unreachable): nothing was read or changed, and the client may retry. Nothing is logged
 * per request; the requests ahead of it report the cause.
 */
@Singleton
final class RequestsBackloggedHandler
    implements ExceptionHandler<RequestsBacklogged, HttpResponse<Problem>> {

  @Override
  @SuppressWarnings("rawtypes") // the interface declares the raw type
  public HttpResponse<Problem> handle(HttpRequest request, RequestsBacklogged exception) {
    return Problems.response(
            ProblemType.SERVICE_UNAVAILABLE,
            "The service is behind on requests; this one was not started and changed nothing."
                + " Please retry after the Retry-After seconds.")
        .header(HttpHeaders.RETRY_AFTER, StoreUnavailableHandler.RETRY_AFTER);
  }
}
