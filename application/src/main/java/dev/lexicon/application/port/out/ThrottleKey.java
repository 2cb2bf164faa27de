package dev.lexicon.application.port.out;

import dev.lexicon.domain.user.LoginName;
import dev.lexicon.domain.user.UserId;
import java.util.Objects;

/**
 * Whose login attempts are counted together: an account's, whichever of its names was typed, or a
 * login name's that matches no account. Both are throttled alike, so a 429 tells nothing about
 * whether an account exists. An unknown name is kept only as its fingerprint: whatever strangers
 * type is neither stored nor unbounded in size.
 */
public record ThrottleKey(String value) {

  public static final int MAX_LENGTH = 72;

  public ThrottleKey {
    Objects.requireNonNull(value, "value");
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a throttle key is at most " + MAX_LENGTH + " long");
    }
  }

  public static ThrottleKey account(UserId user) {
    return new ThrottleKey("account:" + user);
  }

  public static ThrottleKey unknownName(LoginName name) {
    return new ThrottleKey("name:" + name.fingerprint());
  }
}
