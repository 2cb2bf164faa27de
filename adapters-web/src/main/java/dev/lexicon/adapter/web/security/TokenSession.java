package dev.lexicon.adapter.web.security;

import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The session and the user an access token speaks for, read from its {@code sid} and {@code sub}.
 */
record TokenSession(SessionId session, UserId user) {

  /**
   * @param claim the token's claims by name, from a claims set or an authentication's attributes
   * @return empty when either claim is missing or is not a UUID
   */
  static Optional<TokenSession> from(Function<String, Object> claim) {
    Optional<SessionId> session =
        uuid(claim.apply(JwtTokenIssuer.SESSION_CLAIM)).map(SessionId::new);
    Optional<UserId> user = uuid(claim.apply(Claims.SUBJECT)).map(UserId::new);
    return session.flatMap(s -> user.map(u -> new TokenSession(s, u)));
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
