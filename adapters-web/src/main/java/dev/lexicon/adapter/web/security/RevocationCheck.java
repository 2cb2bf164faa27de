package dev.lexicon.adapter.web.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The switch that turns the revocation check off. It exists only to measure what the check costs
 * (bench/revocation-cost.sh): without it a logged-out or revoked access token stays usable until it
 * expires, so a service that runs with it off is loudly told so at start-up.
 */
@Context
@Requires(property = RevocationCheck.ENABLED, value = "false")
final class RevocationCheck {

  static final String ENABLED = "lexicon.tokens.revocation-check.enabled";

  private static final Logger LOG = LoggerFactory.getLogger(RevocationCheck.class);

  RevocationCheck() {
    LOG.warn(
        "{}=false: revoked access tokens are accepted until they expire. This setting is for"
            + " measurement only; never run a service with it.",
        ENABLED);
  }
}
