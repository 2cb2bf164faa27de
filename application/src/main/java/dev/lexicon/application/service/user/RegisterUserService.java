package dev.lexicon.application.service.user;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.port.in.user.RegisterUserCommand;
import dev.lexicon.application.port.in.user.RegisterUserUseCase;
import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

public final class RegisterUserService implements RegisterUserUseCase {

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwordPolicy;
  private final Clock clock;

  public RegisterUserService(
      UserRepository users, PasswordHasher hasher, PasswordPolicy passwordPolicy, Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.clock = clock;
  }

  @Override
  public User register(RegisterUserCommand command) {
    return register(command, EnumSet.of(Role.USER));
  }

  /** Registers with the given roles: the first administrator is registered this way. */
  User register(RegisterUserCommand command, Set<Role> roles) {
    passwordPolicy.requireAcceptable(command.password(), command.username(), "password");
    // Checked first for a precise answer; the store's unique indexes still decide a race.
    if (users.findByUsername(command.username()).isPresent()) {
      throw new UsernameTaken();
    }
    if (users.findByEmail(command.email()).isPresent()) {
      throw new EmailTaken();
    }
    User user =
        User.register(
                users.nextId(),
                command.username(),
                command.email(),
                hasher.hash(command.password()),
                clock.instant())
            .withRoles(roles);
    users.add(user);
    return user;
  }
}
