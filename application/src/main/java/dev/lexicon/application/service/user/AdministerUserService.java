package dev.lexicon.application.service.user;

import dev.lexicon.application.port.in.user.AdministerUserCommand;
import dev.lexicon.application.port.in.user.AdministerUserUseCase;
import dev.lexicon.application.port.out.AuthenticationEvents;
import dev.lexicon.application.port.out.AuthenticationEvents.RevocationReason;
import dev.lexicon.domain.user.User;

/**
 * Sets a user's activation or roles. Access tokens carry the roles they were issued with, so a
 * deactivated user's tokens and those that claim a role taken away are all revoked.
 */
public final class AdministerUserService implements AdministerUserUseCase {

  private final AccountChanges accounts;
  private final AuthenticationEvents events;

  public AdministerUserService(AccountChanges accounts, AuthenticationEvents events) {
    this.accounts = accounts;
    this.events = events;
  }

  @Override
  public User administer(AdministerUserCommand command) {
    AccountChanges.Change change =
        accounts.apply(
            command.user(),
            user -> {
              User changed = user;
              if (command.active().isPresent()) {
                changed = changed.withActive(command.active().get());
              }
              if (command.roles().isPresent()) {
                changed = changed.withRoles(command.roles().get());
              }
              return changed;
            });
    if (change.revokedSessions()) {
      boolean deactivated = change.before().active() && !change.after().active();
      events.revocation(
          deactivated ? RevocationReason.DEACTIVATION : RevocationReason.ROLE_REMOVED);
    }
    return change.after();
  }
}
