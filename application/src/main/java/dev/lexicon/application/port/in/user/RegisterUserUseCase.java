package dev.lexicon.application.port.in.user;

import dev.lexicon.domain.user.User;

public interface RegisterUserUseCase {

  /**
   * Creates an active user with the USER role.
   *
   * @throws dev.lexicon.domain.InvalidValue when the password breaks the password policy
   * @throws dev.lexicon.application.error.UsernameTaken when the username exists in any case
   * @throws dev.lexicon.application.error.EmailTaken when the email exists in any case
   */
  User register(RegisterUserCommand command);
}
