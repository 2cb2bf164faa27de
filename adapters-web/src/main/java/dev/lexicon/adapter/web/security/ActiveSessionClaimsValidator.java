package dev.lexicon.adapter.web.security;

import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * Refuses an access token whose session was revoked (logout, refresh-token reuse, password change,
 * deactivation), and one that names no session at all. A refused token is as good as none, so the
 * caller gets the same 401 with a Bearer challenge as for an expired or forged one.
 *
 * <p>Micronaut runs claims validators after the signature check and, because this one may query the
 * database, on the blocking executor ({@code micronaut.security.token.jwt.nimbus
 * .reactive-validator-execute-on-blocking} in application.yml) rather than the event loop.
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
    Optional<SessionId> session =
        uuid(claims.get(JwtTokenIssuer.SESSION_CLAIM)).map(SessionId::new);
    Optional<UserId> user = uuid(claims.get(Claims.SUBJECT)).map(UserId::new);
    return session.isPresent() && user.isPresent() && sessions.isActive(session.get(), user.get());
  }

  private static Optional<UUID> uuid(@Nullable Object claim) {
    if (!(claim instanceof String text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }
}
