package dev.lexicon.application.port.in.user;

import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** An administrator's change to another account: either part may be absent. */
public record AdministerUserCommand(
    UserId user, Optional<Boolean> active, Optional<Set<Role>> roles) {

  public AdministerUserCommand {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(roles, "roles");
  }
}
