package dev.lexicon.adapter.web.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

/**
 * Headers every response carries whichever path produced it, errors included. {@code nosniff} keeps
 * a browser from reading a JSON or problem body as HTML or script. Everything under the auth routes
 * hands out or takes credentials, so no cache may keep any of it (RFC 6749, section 5.1): that
 * covers every token response, present and future, without each route having to remember.
 */
public final class SecurityHeaders {

  static final String AUTH_ROUTES = "/api/v1/auth/";

  private SecurityHeaders() {}

  public static void apply(HttpRequest<?> request, MutableHttpResponse<?> response) {
    response.getHeaders().set("X-Content-Type-Options", "nosniff");
    if (request.getPath().startsWith(AUTH_ROUTES)) {
      response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }
}
