package dev.lexicon.application.service.user;

import dev.lexicon.application.error.UserNotFound;
import dev.lexicon.application.port.in.user.AdministerUserCommand;
import dev.lexicon.application.port.in.user.AdministerUserUseCase;
import dev.lexicon.application.port.out.AuthenticationEvents;
import dev.lexicon.application.port.out.AuthenticationEvents.RevocationReason;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.User;
import java.time.Clock;

public final class AdministerUserService implements AdministerUserUseCase {

  private final UserRepository users;
  private final SessionRepository sessions;
  private final AuthenticationEvents events;
  private final Clock clock;

  public AdministerUserService(
      UserRepository users, SessionRepository sessions, AuthenticationEvents events, Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public User administer(AdministerUserCommand command) {
    User user = users.findById(command.user()).orElseThrow(() -> new UserNotFound(command.user()));
    User changed = user;
    if (command.active().isPresent()) {
      changed = changed.withActive(command.active().get());
    }
    if (command.roles().isPresent()) {
      changed = changed.withRoles(command.roles().get());
    }
    AdminGuard.update(users, user, changed);
    // Access tokens carry the roles they were issued with, so a deactivated user's tokens and a
    // user's tokens that claim a role taken away must all stop working.
    boolean deactivated = user.active() && !changed.active();
    boolean lostARole = !changed.roles().containsAll(user.roles());
    if (deactivated || lostARole) {
      sessions.revokeAllOf(user.id(), clock.instant());
      events.revocation(
          deactivated ? RevocationReason.DEACTIVATION : RevocationReason.ROLE_REMOVED);
    }
    return changed;
  }
}
