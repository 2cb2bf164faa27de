package dev.lexicon.application.port.in;

import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.util.Objects;
import java.util.Set;

/** The authenticated user on whose behalf a use case runs. */
public record Actor(UserId id, Username username, Set<Role> roles) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }
}
