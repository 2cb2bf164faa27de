package dev.lexicon.application.port.in.user;

import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;

public interface GetUserUseCase {

  /**
   * @throws dev.lexicon.application.error.UserNotFound when no user has the id
   */
  User get(UserId id);
}
