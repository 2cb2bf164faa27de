package dev.lexicon.adapter.web.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * What the generated OpenAPI description says about the API as a whole. The paths, schemas and
 * security requirements come from the controllers themselves at build time; routes under {@code
 * Secured(IS_AUTHENTICATED)} require the bearer scheme below.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Lexicon",
            version = "1",
            description =
                "A shared dictionary of unique key/value entries behind a token-authenticated API."
                    + " Every error is application/problem+json (RFC 9457), and every response"
                    + " carries an X-Request-Id."))
@SecurityScheme(
    name = ApiDescription.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "An access token from POST /api/v1/auth/login, sent as 'Authorization: Bearer <token>'.")
final class ApiDescription {

  /** Also the generator's default scheme name (openapi.properties), so both name one scheme. */
  static final String BEARER = "bearer";

  private ApiDescription() {}
}
