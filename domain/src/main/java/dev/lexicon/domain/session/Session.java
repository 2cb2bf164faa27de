package dev.lexicon.domain.session;

import dev.lexicon.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What one successful login started: the refresh token that may renew its access tokens. */
public record Session(
    SessionId id,
    UserId userId,
    RefreshTokenHash refreshTokenHash,
    Instant createdAt,
    Instant expiresAt) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(refreshTokenHash, "refreshTokenHash");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a session expires after it starts");
    }
  }

  public static Session start(
      SessionId id, UserId userId, RefreshTokenHash hash, Instant now, Duration lifetime) {
    return new Session(id, userId, hash, now, now.plus(lifetime));
  }
}
