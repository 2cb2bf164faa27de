package dev.lexicon.application.port.in.user;

public interface EnsureAdminUseCase {

  /**
   * Creates the administrator unless a user with that username or email exists; safe to call from
   * several instances starting at once. Tells whether it created the user.
   */
  boolean ensureAdmin(RegisterUserCommand command);
}
