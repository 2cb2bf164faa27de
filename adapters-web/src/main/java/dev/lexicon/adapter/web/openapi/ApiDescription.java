package dev.lexicon.adapter.web.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What the generated OpenAPI description says about the API as a whole. The paths, schemas and
 * security requirements come from the controllers themselves at build time; routes under {@code
 * Secured(IS_AUTHENTICATED)} require the bearer scheme below. The tags group the operations as a
 * generated client groups its classes, one per tag.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Lexicon",
            version = "1",
            description =
                "A shared dictionary of unique key/value entries behind a token-authenticated API."
                    + " Every error is application/problem+json (RFC 9457), and every response"
                    + " carries an X-Request-Id."),
    servers = @Server(url = "/", description = "The service that serves this description"),
    tags = {
      @Tag(name = ApiDescription.AUTH, description = "Registration, login, tokens and their keys"),
      @Tag(name = ApiDescription.USERS, description = "The caller's own account"),
      @Tag(name = ApiDescription.ADMIN, description = "Every account, for administrators"),
      @Tag(name = ApiDescription.DICTIONARY, description = "The shared key/value entries"),
      @Tag(
          name = ApiDescription.OPERATIONS,
          description = "Health, metrics and this description, for operators and tools")
    })
@SecurityScheme(
    name = ApiDescription.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "An access token from POST /api/v1/auth/login, sent as 'Authorization: Bearer <token>'.")
public final class ApiDescription {

  /** Also the generator's default scheme name (openapi.properties), so both name one scheme. */
  public static final String BEARER = "bearer";

  public static final String AUTH = "auth";
  public static final String USERS = "users";
  public static final String ADMIN = "admin";
  public static final String DICTIONARY = "dictionary";
  public static final String OPERATIONS = "operations";

  private ApiDescription() {}
}
