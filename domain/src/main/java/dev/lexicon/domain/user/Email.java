package dev.lexicon.domain.user;

import dev.lexicon.domain.InvalidValue;
import java.util.regex.Pattern;

/**
 * A syntactically valid address (RFC 5321 dot-atom local part, DNS host name) of at most 254
 * characters; unique as a {@link LoginName}.
 */
public record Email(String value) {

  public static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_PART_LENGTH = 64;
  private static final String FIELD = "email";
  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern ADDRESS =
      Pattern.compile(
          "("
              + ATOM
              + "(?:\\."
              + ATOM
              + ")*)@("
              + LABEL
              + "(?:\\."
              + LABEL
              + ")*\\.[A-Za-z]{2,63})");

  public Email {
    if (value == null || value.isEmpty()) {
      throw new InvalidValue(FIELD, "must not be empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValue(FIELD, "must be at most " + MAX_LENGTH + " characters long");
    }
    var matcher = ADDRESS.matcher(value);
    if (!matcher.matches() || matcher.group(1).length() > MAX_LOCAL_PART_LENGTH) {
      throw new InvalidValue(FIELD, "must be a valid email address");
    }
  }

  public LoginName loginName() {
    return LoginName.of(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
