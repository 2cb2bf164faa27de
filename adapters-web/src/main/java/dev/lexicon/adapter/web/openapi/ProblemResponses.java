package dev.lexicon.adapter.web.openapi;

import dev.lexicon.adapter.web.problem.Problem;
import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem+json responses of the OpenAPI description, one annotation per kind of problem, so a
 * controller method lists the errors it can answer in a line each. The OpenAPI processor reads them
 * through Micronaut's stereotypes; at run time they do nothing.
 */
public final class ProblemResponses {

  private ProblemResponses() {}

  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "400",
      description =
          "Malformed JSON, a wrong field type, an unknown cursor or a broken rule; `errors` names"
              + " each invalid field.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  public @interface BadRequest {}

  /** Any route, even one that takes no input: the HTTP request itself was malformed. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "400",
      description = "The request is not well-formed HTTP, such as one with two Host headers.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  public @interface UnreadableRequest {}

  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "401",
      description = "No valid access token: missing, malformed, expired, revoked or forged.",
      headers =
          @Header(
              name = "WWW-Authenticate",
              description = "The Bearer challenge",
              schema = @Schema(type = "string")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  public @interface Unauthenticated {}

  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "401",
      description =
          "The credentials are not valid. The body is the same whatever was wrong, so it does not"
              + " tell whether the account exists.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  public @interface BadCredentials {}

  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "401",
      description =
          "The refresh token is unknown, expired or already used; using one twice also ends the"
              + " login it belongs to.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  public @interface BadRefreshToken {}

  /** A route that checks an account's password, which five failures in a window close. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "429",
      description =
          "Too many failed password checks for this account; retry after the Retry-After seconds.",
      headers =
          @Header(
              name = "Retry-After",
              description = "Seconds",
              schema = @Schema(type = "integer")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  public @interface Throttled {}

  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "403",
      description =
          "Authenticated, but not allowed: only an entry's owner or an ADMIN may change it,"
              + " and only an ADMIN may administer accounts.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  public @interface Forbidden {}

  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "404",
      description = "No entry has this key, or no account this id.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  public @interface NotFound {}

  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "409",
      description =
          "The username, email address or key is taken, or the change would leave no active"
              + " administrator.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  public @interface Conflict {}

  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "412",
      description =
          "If-Match named another version (or the entry does not exist), or If-None-Match: * found"
              + " the key taken.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  public @interface PreconditionFailed {}

  /** Any route that reads a JSON body: too large a body, or one that is not JSON. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "413",
      description = "The body is larger than 1 MiB.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "415",
      description = "The body is not application/json.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  public @interface JsonBody {}

  /**
   * Any route: an unexpected failure, a database that cannot be reached right now, or, on a route
   * that hashes or checks a password, too many password checks waiting.
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(
      responseCode = "500",
      description = "An unexpected failure; `requestId` names it in the service's log.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  @ApiResponse(
      responseCode = "503",
      description =
          "The database cannot be reached, or too many password checks are waiting; retry after"
              + " the Retry-After seconds.",
      headers =
          @Header(
              name = "Retry-After",
              description = "Seconds",
              schema = @Schema(type = "integer")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_PROBLEM,
              schema = @Schema(implementation = Problem.class)))
  public @interface ServerFailures {}
}
