package dev.lexicon.application.port.in.user;

public interface ChangePasswordUseCase {

  /**
   * Sets a new password and revokes every session of the user.
   *
   * @throws dev.lexicon.domain.InvalidValue for a wrong {@code currentPassword} or a {@code
   *     newPassword} that breaks the password policy
   */
  void changePassword(ChangePasswordCommand command);
}
