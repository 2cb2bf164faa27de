package dev.lexicon.adapter.persistence.login;

import dev.lexicon.adapter.persistence.Timestamps;
import dev.lexicon.domain.user.UserId;
import java.time.Instant;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = Timestamps.class)
interface LoginFailureRowMapper {

  @Mapping(target = "id", ignore = true)
  @Mapping(target = "userId", source = "userId.value")
  @Mapping(target = "failedAt", source = "at")
  LoginFailureRow toRow(UserId userId, Instant at);

  default Instant failedAt(LoginFailureRow row) {
    return Timestamps.toInstant(row.failedAt());
  }
}
