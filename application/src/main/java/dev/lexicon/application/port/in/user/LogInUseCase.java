package dev.lexicon.application.port.in.user;

public interface LogInUseCase {

  /**
   * Checks the credentials and starts a session.
   *
   * @throws dev.lexicon.application.error.InvalidCredentials for a wrong password, an unknown user
   *     or an inactive account alike
   */
  TokenPair logIn(LogInCommand command);
}
