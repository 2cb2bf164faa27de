package dev.lexicon.adapter.web.security;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

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
  String keys() {
    return jwks;
  }
}
