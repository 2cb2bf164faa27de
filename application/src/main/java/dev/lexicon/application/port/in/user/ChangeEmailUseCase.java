package dev.lexicon.application.port.in.user;

import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;

public interface ChangeEmailUseCase {

  /**
   * @throws dev.lexicon.application.error.EmailTaken when another user has the email
   */
  User changeEmail(UserId user, Email email);
}
