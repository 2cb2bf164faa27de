package dev.lexicon.domain.user;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.Text;

/**
 * A password a user chose: 8 to 128 characters and not only digits. It never shows itself in {@link
 * #toString()}, so it cannot leak into a log by accident.
 */
public final class Password {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;
  private static final String FIELD = "password";

  private final String value;

  private Password(String value) {
    this.value = value;
  }

  public static Password of(String value) {
    return of(FIELD, value);
  }

  /** The same rules, reported under another field name (as for {@code newPassword}). */
  public static Password of(String field, String value) {
    if (value == null || value.isEmpty()) {
      throw new InvalidValue(field, "must not be empty");
    }
    int length = Text.characterCount(value);
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new InvalidValue(
          field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
    }
    if (value.chars().allMatch(Character::isDigit)) {
      throw new InvalidValue(field, "must not be only digits");
    }
    return new Password(value);
  }

  /** Compared as login names are, so no case or width variant of the username slips through. */
  public boolean contains(Username username) {
    return LoginName.of(value).value().contains(username.loginName().value());
  }

  /** The secret itself, for the hasher and the common-password check only. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "Password[hidden]";
  }
}
