package dev.lexicon.application.service.user;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.port.in.user.RegisterUserCommand;
import dev.lexicon.application.port.in.user.RegisterUserUseCase;
import dev.lexicon.application.port.out.CommonPasswords;
import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.user.User;
import java.time.Clock;

public final class RegisterUserService implements RegisterUserUseCase {

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final CommonPasswords commonPasswords;
  private final Clock clock;

  public RegisterUserService(
      UserRepository users, PasswordHasher hasher, CommonPasswords commonPasswords, Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.commonPasswords = commonPasswords;
    this.clock = clock;
  }

  @Override
  public User register(RegisterUserCommand command) {
    if (command.password().contains(command.username())) {
      throw new InvalidValue("password", "must not contain the username");
    }
    if (commonPasswords.contains(command.password())) {
      throw new InvalidValue("password", "is too common; choose one that is harder to guess");
    }
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
            clock.instant());
    users.add(user);
    return user;
  }
}
