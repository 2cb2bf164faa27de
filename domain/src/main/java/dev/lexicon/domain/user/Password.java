package dev.lexicon.domain.user;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.Text;

/**
 * A password a user chose: well-formed Unicode text of 8 to 128 characters, not only digits. It
 * never shows itself in {@link #toString()}, so it cannot leak into a log by accident.
 */
public final class Password {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;
  private static final String FIELD = "password";
  private static final String NOT_TEXT = "must be valid Unicode text (it holds a lone surrogate)";

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
    requireText(field, value);
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

  /**
   * What someone typed as their password, to be checked against a stored hash: any text, but text.
   * A lone surrogate has no UTF-8 encoding, and a hasher that replaces it (with {@code ?}) would
   * let two different strings be one password.
   */
  public static String typed(String field, String value) {
    requireText(field, value);
    return value;
  }

  private static void requireText(String field, String value) {
    if (Text.utf8Length(value) < 0) {
      throw new InvalidValue(field, NOT_TEXT);
    }
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
