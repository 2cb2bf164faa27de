package dev.lexicon.domain.session;

import dev.lexicon.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What one successful login started: a family of refresh tokens, each replacing the one before, and
 * the access tokens issued with them. Revoking the session retires all of them at once. It ends
 * when its newest refresh token expires; {@code revokedAt} is null while it is not revoked.
 */
public record Session(
    SessionId id, UserId userId, Instant createdAt, Instant expiresAt, Instant revokedAt) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a session expires after it starts");
    }
  }

  public static Session start(SessionId id, UserId userId, Instant now, Duration lifetime) {
    return new Session(id, userId, now, now.plus(lifetime), null);
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
