package dev.lexicon.adapter.web.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Refuses an access token whose session was revoked (logout, refresh-token reuse, password change,
 * deactivation), and one that names no session at all. A refused token is as good as none, so the
 * caller gets the same 401 with a Bearer challenge as for an expired or forged one.
 *
 * <p>Micronaut runs claims validators after the signature check. This one may query the database,
 * so {@link RememberingTokenValidator} runs the whole check on the blocking executor; a token it
 * has already verified skips this class and asks {@link ActiveSessions} directly.
 */
@Singleton
@Requires(property = RevocationCheck.ENABLED, notEquals = "false")
final class ActiveSessionClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

  private final ActiveSessions sessions;

  ActiveSessionClaimsValidator(ActiveSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public boolean validate(Claims claims, @Nullable T request) {
    return TokenSession.from(claims::get)
        .map(token -> sessions.isActive(token.session(), token.user()))
        .orElse(false);
  }
}
