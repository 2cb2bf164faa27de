package dev.lexicon.domain.user;

import com.ibm.icu.text.SpoofChecker;
import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.Text;

/**
 * 3 to 150 Unicode letters, digits and {@code @ . + - _}; unique as a {@link LoginName}. A name
 * chosen for a new account must also not mix scripts the way impersonators do: see {@link #choose}.
 */
public record Username(String value) {

  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 150;
  private static final String FIELD = "username";
  private static final String PUNCTUATION = "@.+-_";

  /**
   * UTS #39's moderately restrictive level: one script, or Latin with Han and the Japanese or
   * Korean scripts, or Latin with any other recommended script except Cyrillic and Greek, whose
   * letters pass for Latin ones ({@code rооt} with Cyrillic {@code о}). Digits of two numbering
   * systems are refused for the same reason.
   */
  private static final SpoofChecker MIXED_SCRIPTS =
      new SpoofChecker.Builder()
          .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS)
          .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
          .build();

  public Username {
    if (value == null || value.isEmpty()) {
      throw new InvalidValue(FIELD, "must not be empty");
    }
    int length = Text.characterCount(value);
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new InvalidValue(
          FIELD, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
    }
    if (!Text.everyCodePoint(value, Username::isAllowed)) {
      throw new InvalidValue(FIELD, "may hold only letters, digits and @ . + - _");
    }
  }

  /**
   * A username picked for a new account. Stored names are restored with the constructor alone, so
   * an account registered before this rule existed still loads.
   */
  public static Username choose(String value) {
    Username username = new Username(value);
    if (MIXED_SCRIPTS.failsChecks(value)) {
      throw new InvalidValue(
          FIELD, "must not mix letters of scripts that look alike, such as Latin and Cyrillic");
    }
    return username;
  }

  public LoginName loginName() {
    return LoginName.of(value);
  }

  private static boolean isAllowed(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || PUNCTUATION.indexOf(codePoint) >= 0;
  }

  @Override
  public String toString() {
    return value;
  }
}
