package dev.lexicon.application.port.in.user;

import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.UserId;
import java.util.Objects;

public record ChangePasswordCommand(UserId user, String currentPassword, Password newPassword) {

  public ChangePasswordCommand {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(currentPassword, "currentPassword");
    Objects.requireNonNull(newPassword, "newPassword");
  }

  @Override
  public String toString() {
    return "ChangePasswordCommand[" + user + "]";
  }
}
