package dev.lexicon.adapter.web.problem;

import io.micronaut.http.HttpStatus;

/**
 * The kinds of problem clients can tell apart by {@code type}. The URIs are names, not pages: a URN
 * cannot be mistaken for documentation that does not exist.
 */
public enum ProblemType {
  INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "The request is invalid"),
  MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "The request cannot be read"),
  UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required"),
  INVALID_CREDENTIALS(
      "invalid-credentials", HttpStatus.UNAUTHORIZED, "The credentials are not valid"),
  INVALID_REFRESH_TOKEN(
      "invalid-refresh-token", HttpStatus.UNAUTHORIZED, "The refresh token is not valid"),
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
  METHOD_NOT_ALLOWED(
      "method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed on this resource"),
  USERNAME_TAKEN("username-taken", HttpStatus.CONFLICT, "The username is taken"),
  EMAIL_TAKEN("email-taken", HttpStatus.CONFLICT, "The email address is taken"),
  ENTRY_KEY_TAKEN("entry-key-taken", HttpStatus.CONFLICT, "The key is taken"),
  LAST_ACTIVE_ADMIN(
      "last-active-admin", HttpStatus.CONFLICT, "The last active administrator must stay"),
  PRECONDITION_FAILED(
      "precondition-failed", HttpStatus.PRECONDITION_FAILED, "A request condition failed"),
  PAYLOAD_TOO_LARGE(
      "payload-too-large", HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request is too large"),
  URI_TOO_LONG("uri-too-long", HttpStatus.REQUEST_URI_TOO_LONG, "The request target is too long"),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type",
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "The request body must be application/json"),
  HEADERS_TOO_LARGE(
      "headers-too-large",
      HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
      "The request headers are too large"),
  LOGIN_THROTTLED(
      "login-throttled", HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins for this account"),
  INTERNAL_ERROR(
      "internal-error",
      HttpStatus.INTERNAL_SERVER_ERROR,
      "The server could not handle the request"),
  SERVICE_UNAVAILABLE(
      "service-unavailable",
      HttpStatus.SERVICE_UNAVAILABLE,
      "The service is temporarily unavailable"),
  HTTP_VERSION_NOT_SUPPORTED(
      "http-version-not-supported",
      HttpStatus.HTTP_VERSION_NOT_SUPPORTED,
      "The HTTP version is not supported");

  private static final String PREFIX = "urn:lexicon:problem:";

  private final String slug;
  private final HttpStatus status;
  private final String title;

  ProblemType(String slug, HttpStatus status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public String uri() {
    return PREFIX + slug;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
