package dev.lexicon.application.port.in.user;

import dev.lexicon.domain.user.UserId;

public interface DeactivateAccountUseCase {

  /**
   * Deactivates the account and revokes every session of it.
   *
   * @throws dev.lexicon.application.error.LastActiveAdmin when it is the last active administrator
   */
  void deactivate(UserId user);
}
