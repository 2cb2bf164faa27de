package dev.lexicon.application.port.in.user;

import dev.lexicon.domain.user.User;

public interface AdministerUserUseCase {

  /**
   * Activates, deactivates or changes the roles of a user; deactivation revokes every session of
   * the user. Callers must be administrators: the driving adapter checks that.
   *
   * @throws dev.lexicon.application.error.UserNotFound when no user has the id
   * @throws dev.lexicon.application.error.LastActiveAdmin when the change would leave no active
   *     administrator
   */
  User administer(AdministerUserCommand command);
}
