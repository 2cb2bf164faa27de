package dev.lexicon.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * A route that fails the way a bug or a broken store would, to show what a client then sees. It
 * exists only in the contexts of the suites that ask for it.
 */
@Controller("/test-only/failure")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = FailingController.ENABLED, value = "true")
class FailingController {

  static final String ENABLED = "lexicon.test.failing-route";
  static final String SECRET = "SELECT password_hash FROM users";

  @Get
  String fail() {
    throw new IllegalStateException("java.sql.SQLException: " + SECRET);
  }
}
