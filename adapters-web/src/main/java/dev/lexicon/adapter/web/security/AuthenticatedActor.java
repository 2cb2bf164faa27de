package dev.lexicon.adapter.web.security;

import dev.lexicon.application.port.in.Actor;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import io.micronaut.security.authentication.Authentication;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Who calls, as the verified access token says: its subject, username, roles and session. */
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

  /** The session the token belongs to; the revocation check has already refused a token without. */
  public static SessionId session(Authentication authentication) {
    Object session = authentication.getAttributes().get(JwtTokenIssuer.SESSION_CLAIM);
    return new SessionId(UUID.fromString(String.valueOf(session)));
  }
}
