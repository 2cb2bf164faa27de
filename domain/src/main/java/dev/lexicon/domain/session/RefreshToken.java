package dev.lexicon.domain.session;

import dev.lexicon.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One refresh token of a session, known only by its hash. It is single-use: using it retires it,
 * and a retired token presented again betrays a stolen copy. {@code retiredAt} is null while the
 * token is the session's current one.
 */
public record RefreshToken(
    RefreshTokenHash hash,
    SessionId sessionId,
    UserId userId,
    Instant issuedAt,
    Instant expiresAt,
    Instant retiredAt) {

  public RefreshToken {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public static RefreshToken issue(
      RefreshTokenHash hash, Session session, Instant now, Duration lifetime) {
    return new RefreshToken(hash, session.id(), session.userId(), now, now.plus(lifetime), null);
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "RefreshToken[session " + sessionId + "]";
  }
}
