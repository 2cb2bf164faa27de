package dev.lexicon.adapter.web.security;

import dev.lexicon.adapter.web.openapi.ApiDescription;
import dev.lexicon.adapter.web.openapi.JwkSet;
import dev.lexicon.adapter.web.openapi.ProblemResponses;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Publishes the public key that verifies access tokens, so other services can check them. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class JwksController {

  private final String jwks;

  JwksController(SigningKey key) {
    this.jwks = key.publicKeys().toString(true);
  }

  @Get("/.well-known/jwks.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Tag(name = ApiDescription.AUTH)
  @Operation(
      operationId = "getJwks",
      summary = "Get the public keys that verify access tokens",
      description =
          "A JSON Web Key Set (RFC 7517); a token's kid header names the key that signed it.")
  @ApiResponse(
      responseCode = "200",
      description = "The key set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JwkSet.class)))
  @ProblemResponses.UnreadableRequest
  String keys() {
    return jwks;
  }
}
