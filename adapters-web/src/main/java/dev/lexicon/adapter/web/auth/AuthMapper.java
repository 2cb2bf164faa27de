package dev.lexicon.adapter.web.auth;

import dev.lexicon.application.port.in.user.TokenPair;
import java.time.Duration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface AuthMapper {

  @Mapping(target = "tokenType", constant = "Bearer")
  TokenPairResponse toResponse(TokenPair pair);

  default long seconds(Duration duration) {
    return duration.toSeconds();
  }
}
