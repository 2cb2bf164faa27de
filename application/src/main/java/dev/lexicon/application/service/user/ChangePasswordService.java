package dev.lexicon.application.service.user;

import dev.lexicon.application.error.UserNotFound;
import dev.lexicon.application.port.in.user.ChangePasswordCommand;
import dev.lexicon.application.port.in.user.ChangePasswordUseCase;
import dev.lexicon.application.port.out.AuthenticationEvents;
import dev.lexicon.application.port.out.AuthenticationEvents.RevocationReason;
import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.application.port.out.ThrottleKey;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.user.PasswordHash;
import dev.lexicon.domain.user.User;
import java.time.Clock;
import java.time.Instant;

/**
 * A new password ends every session: whoever knew the old one is logged out everywhere. Guesses of
 * the current password are login attempts, so a stolen access token cannot be used to guess the
 * password faster than the login form allows.
 */
public final class ChangePasswordService implements ChangePasswordUseCase {

  private final UserRepository users;
  private final AccountChanges accounts;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final FailedLogins failedLogins;
  private final AuthenticationEvents events;
  private final Clock clock;

  public ChangePasswordService(
      UserRepository users,
      AccountChanges accounts,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      FailedLogins failedLogins,
      AuthenticationEvents events,
      Clock clock) {
    this.users = users;
    this.accounts = accounts;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.failedLogins = failedLogins;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void changePassword(ChangePasswordCommand command) {
    User user = users.findById(command.user()).orElseThrow(() -> new UserNotFound(command.user()));
    passwordPolicy.requireAcceptable(command.newPassword(), user.username(), "newPassword");
    Instant now = clock.instant();
    FailedLogins.Slot slot = failedLogins.claim(ThrottleKey.account(user.id()), now);
    boolean wrongGuess = false;
    try {
      PasswordHash newHash = hasher.hash(command.newPassword());
      // A change stored in between (a role, an email) sends the check round again, against the
      // account as it is then: the password is replaced only on the state it was proven on.
      while (true) {
        if (!hasher.matches(command.currentPassword(), user.passwordHash())) {
          wrongGuess = true;
          throw new InvalidValue("currentPassword", "is not the current password");
        }
        if (accounts.store(user, user.withPasswordHash(newHash)).isPresent()) {
          events.revocation(RevocationReason.PASSWORD_CHANGE);
          return;
        }
        user = users.findById(user.id()).orElseThrow(() -> new UserNotFound(command.user()));
      }
    } finally {
      if (wrongGuess) {
        failedLogins.fail(slot);
      } else {
        failedLogins.release(slot);
      }
    }
  }
}
