package dev.lexicon.application.service.user;

import dev.lexicon.application.port.out.CommonPasswords;
import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.Username;

/**
 * The password rules that need more than the password itself: it must not contain the username, and
 * must not be one of the passwords attackers try first. Length and the all-digits rule live in
 * {@link Password}.
 */
public final class PasswordPolicy {

  private final CommonPasswords commonPasswords;

  public PasswordPolicy(CommonPasswords commonPasswords) {
    this.commonPasswords = commonPasswords;
  }

  /** Reports a broken rule under {@code field}, the name the client sent the password under. */
  void requireAcceptable(Password password, Username username, String field) {
    if (password.contains(username)) {
      throw new InvalidValue(field, "must not contain the username");
    }
    if (commonPasswords.contains(password)) {
      throw new InvalidValue(field, "is too common; choose one that is harder to guess");
    }
  }
}
