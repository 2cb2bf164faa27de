package dev.lexicon.adapter.web.problem;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.EntryKeyTaken;
import dev.lexicon.application.error.EntryNotFound;
import dev.lexicon.application.error.InvalidCredentials;
import dev.lexicon.application.error.InvalidRefreshToken;
import dev.lexicon.application.error.LastActiveAdmin;
import dev.lexicon.application.error.LexiconException;
import dev.lexicon.application.error.LoginThrottled;
import dev.lexicon.application.error.NotEntryOwner;
import dev.lexicon.application.error.UserNotFound;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.error.WriteConditionFailed;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Each business refusal has its own status. Their messages are written for clients, so they become
 * the detail; an InvalidCredentials message is the same whatever went wrong, which keeps a failed
 * login from telling whether the account exists.
 */
@Singleton
final class ApplicationErrorHandler
    implements ExceptionHandler<LexiconException, HttpResponse<Problem>> {

  @Override
  @SuppressWarnings("rawtypes") // the interface declares the raw type
  public HttpResponse<Problem> handle(HttpRequest request, LexiconException exception) {
    var response = Problems.response(typeOf(exception), exception.getMessage());
    if (exception instanceof LoginThrottled throttled) {
      response.header(
          HttpHeaders.RETRY_AFTER, String.valueOf(RetryAfter.seconds(throttled.retryAfter())));
    }
    return response;
  }

  static ProblemType typeOf(LexiconException exception) {
    if (exception instanceof UsernameTaken) {
      return ProblemType.USERNAME_TAKEN;
    } else if (exception instanceof EmailTaken) {
      return ProblemType.EMAIL_TAKEN;
    } else if (exception instanceof EntryKeyTaken) {
      return ProblemType.ENTRY_KEY_TAKEN;
    } else if (exception instanceof LastActiveAdmin) {
      return ProblemType.LAST_ACTIVE_ADMIN;
    } else if (exception instanceof InvalidCredentials) {
      return ProblemType.INVALID_CREDENTIALS;
    } else if (exception instanceof InvalidRefreshToken) {
      return ProblemType.INVALID_REFRESH_TOKEN;
    } else if (exception instanceof LoginThrottled) {
      return ProblemType.LOGIN_THROTTLED;
    } else if (exception instanceof EntryNotFound || exception instanceof UserNotFound) {
      return ProblemType.NOT_FOUND;
    } else if (exception instanceof NotEntryOwner) {
      return ProblemType.FORBIDDEN;
    } else if (exception instanceof WriteConditionFailed) {
      return ProblemType.PRECONDITION_FAILED;
    }
    // A refusal added to the application without a mapping here is still the client's doing.
    return ProblemType.INVALID_REQUEST;
  }
}
