package dev.lexicon.adapter.web.security;

import dev.lexicon.adapter.web.problem.Problem;
import dev.lexicon.adapter.web.problem.ProblemType;
import dev.lexicon.adapter.web.problem.Problems;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A request the security rules refused: 401 with a Bearer challenge (RFC 6750) when it carried no
 * valid token, 403 when its token is valid but not enough. Whether a token was missing, expired or
 * forged is not told, only that a valid one is needed.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class ProblemAuthorizationExceptionHandler
    implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

  @Override
  @SuppressWarnings("rawtypes") // the interface declares the raw type
  public MutableHttpResponse<Problem> handle(
      HttpRequest request, AuthorizationException exception) {
    if (exception.isForbidden()) {
      return Problems.response(ProblemType.FORBIDDEN, "Your account may not do this.");
    }
    return Problems.response(
            ProblemType.UNAUTHENTICATED,
            "Send a valid access token as 'Authorization: Bearer <token>'.")
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
  }
}
