package dev.lexicon.adapter.web.problem;

import dev.lexicon.application.error.StoreUnavailable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database cannot be reached: the request was not carried out, and the client may retry once it
 * is back, which needs no action from us (the pool reconnects by itself). A 503 says exactly that;
 * a 500 would tell the client that retrying is pointless. The cause is logged without its stack
 * trace, which would repeat for every request of an outage and say nothing new.
 */
@Singleton
final class StoreUnavailableHandler
    implements ExceptionHandler<StoreUnavailable, HttpResponse<Problem>> {

  /** Seconds; about the time a readiness probe takes to notice that the database is back. */
  static final String RETRY_AFTER = "5";

  private static final Logger LOG = LoggerFactory.getLogger(StoreUnavailableHandler.class);

  @Override
  @SuppressWarnings("rawtypes") // the interface declares the raw type
  public HttpResponse<Problem> handle(HttpRequest request, StoreUnavailable exception) {
    Throwable cause = exception.getCause();
    LOG.warn(
        "The database is unreachable: {}",
        cause == null
            ? exception.getMessage()
            : cause.getClass().getSimpleName() + ": " + cause.getMessage());
    return Problems.response(
            ProblemType.SERVICE_UNAVAILABLE,
            "The database cannot be reached right now. Nothing was changed; please retry later.")
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
  }
}
