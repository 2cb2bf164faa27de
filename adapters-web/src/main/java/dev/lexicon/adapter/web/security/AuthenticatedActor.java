package dev.lexicon.adapter.web.security;

import dev.lexicon.application.port.in.Actor;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import io.micronaut.security.authentication.Authentication;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Who calls, as the verified access token says: its subject, username and roles. */
public final class AuthenticatedActor {

  private static final Set<String> ROLE_NAMES =
      Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toUnmodifiableSet());

  private AuthenticatedActor() {}

  public static Actor of(Authentication authentication) {
    Object username = authentication.getAttributes().get(JwtTokenIssuer.USERNAME_CLAIM);
    return new Actor(
        UserId.parse(authentication.getName()),
        new Username(String.valueOf(username)),
        authentication.getRoles().stream()
            .filter(ROLE_NAMES::contains)
            .map(Role::valueOf)
            .collect(Collectors.toUnmodifiableSet()));
  }
}
