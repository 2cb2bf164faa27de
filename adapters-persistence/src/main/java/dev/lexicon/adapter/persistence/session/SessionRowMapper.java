package dev.lexicon.adapter.persistence.session;

import dev.lexicon.adapter.persistence.Timestamps;
import dev.lexicon.domain.session.RefreshToken;
import dev.lexicon.domain.session.RefreshTokenHash;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = Timestamps.class)
interface SessionRowMapper {

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "userId", source = "userId.value")
  SessionRow toRow(Session session);

  @Mapping(target = "tokenHash", source = "hash.value")
  @Mapping(target = "sessionId", source = "sessionId.value")
  @Mapping(target = "userId", source = "userId.value")
  RefreshTokenRow toRow(RefreshToken token);

  /**
   * Through the domain's constructor checks, so a row that breaks a rule cannot become a session.
   */
  default Session toDomain(SessionRow row) {
    return new Session(
        sessionId(row.id()),
        UserId.parse(row.userId()),
        Timestamps.toInstant(row.createdAt()),
        Timestamps.toInstant(row.expiresAt()),
        Timestamps.toInstant(row.revokedAt()));
  }

  default RefreshToken toDomain(RefreshTokenRow row) {
    return new RefreshToken(
        new RefreshTokenHash(row.tokenHash()),
        sessionId(row.sessionId()),
        UserId.parse(row.userId()),
        Timestamps.toInstant(row.issuedAt()),
        Timestamps.toInstant(row.expiresAt()),
        Timestamps.toInstant(row.retiredAt()));
  }

  default SessionId sessionId(String text) {
    return new SessionId(UUID.fromString(text));
  }
}
