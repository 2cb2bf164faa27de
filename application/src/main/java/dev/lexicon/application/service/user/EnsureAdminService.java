package dev.lexicon.application.service.user;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.port.in.user.EnsureAdminUseCase;
import dev.lexicon.application.port.in.user.RegisterUserCommand;
import dev.lexicon.domain.user.Role;
import java.util.EnumSet;

/**
 * Registers the first administrator. Two instances starting together both try; the store's unique
 * indexes let one win, and the other finds the work done.
 */
public final class EnsureAdminService implements EnsureAdminUseCase {

  private final RegisterUserService registration;

  public EnsureAdminService(RegisterUserService registration) {
    this.registration = registration;
  }

  @Override
  public boolean ensureAdmin(RegisterUserCommand command) {
    try {
      registration.register(command, EnumSet.of(Role.USER, Role.ADMIN));
      return true;
    } catch (UsernameTaken | EmailTaken alreadyThere) {
      return false;
    }
  }
}
