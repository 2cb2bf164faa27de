package dev.lexicon.application.port.in.user;

import java.util.Objects;

/**
 * What someone typed to log in: {@code login} is a username or an email. Neither part is checked
 * against the registration rules, so a malformed attempt fails exactly like a wrong password.
 */
public record LogInCommand(String login, String password) {

  public LogInCommand {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(password, "password");
  }

  @Override
  public String toString() {
    return "LogInCommand[" + login + "]";
  }
}
