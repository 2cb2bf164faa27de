package dev.lexicon.adapter.web.problem;

import dev.lexicon.application.error.PasswordChecksBusy;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Too many password checks are waiting: the password was not checked, and the client may send the
 * same request again after Retry-After (as long as the request waited for a slot). Nothing is
 * logged: under a login storm this happens many times a second, and the access log and {@code
 * lexicon_password_checks_rejected_total} already count it.
 */
@Singleton
final class PasswordChecksBusyHandler
    implements ExceptionHandler<PasswordChecksBusy, HttpResponse<Problem>> {

  @Override
  @SuppressWarnings("rawtypes") // the interface declares the raw type
  public HttpResponse<Problem> handle(HttpRequest request, PasswordChecksBusy exception) {
    return Problems.response(
            ProblemType.SERVICE_UNAVAILABLE,
            "Too many password checks are waiting; the password was not checked. Please retry"
                + " after the Retry-After seconds.")
        .header(
            HttpHeaders.RETRY_AFTER, String.valueOf(RetryAfter.seconds(exception.retryAfter())));
  }
}
