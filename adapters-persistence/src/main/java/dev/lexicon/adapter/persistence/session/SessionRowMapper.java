package dev.lexicon.adapter.persistence.session;

import dev.lexicon.adapter.persistence.Timestamps;
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
  @Mapping(target = "refreshTokenHash", source = "refreshTokenHash.value")
  SessionRow toRow(Session session);

  /**
   * Through the domain's constructor checks, so a row that breaks a rule cannot become a session.
   */
  default Session toDomain(SessionRow row) {
    return new Session(
        new SessionId(UUID.fromString(row.id())),
        UserId.parse(row.userId()),
        new RefreshTokenHash(row.refreshTokenHash()),
        Timestamps.toInstant(row.createdAt()),
        Timestamps.toInstant(row.expiresAt()));
  }
}
