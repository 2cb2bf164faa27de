package dev.lexicon.domain.user;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.Text;
import java.util.Locale;

/** 3 to 150 Unicode letters, digits and {@code @ . + - _}; unique regardless of case. */
public record Username(String value) {

  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 150;
  private static final String FIELD = "username";
  private static final String PUNCTUATION = "@.+-_";

  public Username {
    if (value == null || value.isEmpty()) {
      throw new InvalidValue(FIELD, "must not be empty");
    }
    int length = Text.characterCount(value);
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new InvalidValue(
          FIELD, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
    }
    if (!value.codePoints().allMatch(Username::isAllowed)) {
      throw new InvalidValue(FIELD, "may hold only letters, digits and @ . + - _");
    }
  }

  /** The form under which two usernames that differ only in case are the same username. */
  public String canonical() {
    return value.toLowerCase(Locale.ROOT);
  }

  private static boolean isAllowed(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || PUNCTUATION.indexOf(codePoint) >= 0;
  }

  @Override
  public String toString() {
    return value;
  }
}
