package dev.lexicon.application.service.user;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.port.in.user.RegisterUserCommand;
import dev.lexicon.application.port.in.user.RegisterUserUseCase;
import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.application.port.out.Transactions;
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
  private final Transactions transactions;
  private final Clock clock;

  public RegisterUserService(
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy passwordPolicy,
      Transactions transactions,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.passwordPolicy = passwordPolicy;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public User register(RegisterUserCommand command) {
    return register(command, EnumSet.of(Role.USER));
  }

  /** Registers with the given roles: the first administrator is registered this way. */
  User register(RegisterUserCommand command, Set<Role> roles) {
    passwordPolicy.requireAcceptable(command.password(), command.username(), "password");
    // Checked first for a precise answer without hashing; the store's unique login names still
    // decide a race. Usernames and emails share one namespace, so each is checked against both.
    if (users.findByLoginName(command.username().loginName()).isPresent()) {
      throw new UsernameTaken();
    }
    if (users.findByLoginName(command.email().loginName()).isPresent()) {
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
    return transactions.inTransaction(
        () -> {
          users.add(user);
          return user;
        });
  }
}
