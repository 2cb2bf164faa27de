package dev.lexicon.application.service.user;

import dev.lexicon.application.error.UserNotFound;
import dev.lexicon.application.port.in.user.ChangePasswordCommand;
import dev.lexicon.application.port.in.user.ChangePasswordUseCase;
import dev.lexicon.application.port.out.AuthenticationEvents;
import dev.lexicon.application.port.out.AuthenticationEvents.RevocationReason;
import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.user.User;
import java.time.Clock;
import java.time.Instant;

/**
 * A new password ends every session: whoever knew the old one is logged out everywhere. Wrong
 * guesses of the current password count as failed logins, so a stolen access token cannot be used
 * to guess the password faster than the login form allows.
 */
public final class ChangePasswordService implements ChangePasswordUseCase {

  private final UserRepository users;
  private final SessionRepository sessions;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final FailedLogins failedLogins;
  private final AuthenticationEvents events;
  private final Clock clock;

  public ChangePasswordService(
      UserRepository users,
      SessionRepository sessions,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      FailedLogins failedLogins,
      AuthenticationEvents events,
      Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.failedLogins = failedLogins;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void changePassword(ChangePasswordCommand command) {
    User user = users.findById(command.user()).orElseThrow(() -> new UserNotFound(command.user()));
    Instant now = clock.instant();
    failedLogins.requireOpen(user.id(), now);
    if (!hasher.matches(command.currentPassword(), user.passwordHash())) {
      failedLogins.record(user.id(), now);
      throw new InvalidValue("currentPassword", "is not the current password");
    }
    passwordPolicy.requireAcceptable(command.newPassword(), user.username(), "newPassword");
    users.update(user.withPasswordHash(hasher.hash(command.newPassword())));
    sessions.revokeAllOf(user.id(), now);
    events.revocation(RevocationReason.PASSWORD_CHANGE);
  }
}
