package dev.lexicon.application.port.in.user;

import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.Username;
import java.util.Objects;

public record RegisterUserCommand(Username username, Email email, Password password) {

  public RegisterUserCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
  }
}
