package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lexicon.application.port.in.Actor;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuthenticatedActorTest {

  private final String subject = UUID.randomUUID().toString();

  @Test
  void is_the_tokens_subject_and_username() {
    Actor actor = AuthenticatedActor.of(token(List.of("USER")));

    assertEquals(UserId.parse(subject), actor.id());
    assertEquals(new Username("ada"), actor.username());
  }

  @Test
  void holds_every_role_the_token_grants() {
    assertEquals(
        Set.of(Role.USER, Role.ADMIN),
        AuthenticatedActor.of(token(List.of("ADMIN", "USER"))).roles());
  }

  @Test
  void a_role_name_the_service_does_not_know_grants_nothing() {
    assertEquals(
        Set.of(Role.USER), AuthenticatedActor.of(token(List.of("USER", "admin", "ROOT"))).roles());
  }

  private Authentication token(List<String> roles) {
    return Authentication.build(subject, roles, Map.of(JwtTokenIssuer.USERNAME_CLAIM, "ada"));
  }
}
