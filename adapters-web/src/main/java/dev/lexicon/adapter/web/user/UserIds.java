package dev.lexicon.adapter.web.user;

import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.user.UserId;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads a user id from a path. Only the canonical UUID form is an id: {@link UUID#fromString} also
 * takes forms such as {@code 1-2-3-4-5}, which would give one user many paths.
 */
final class UserIds {

  private UserIds() {}

  static UserId parse(String text) {
    try {
      UUID id = UUID.fromString(text);
      if (id.toString().equals(text.toLowerCase(Locale.ROOT))) {
        return new UserId(id);
      }
    } catch (IllegalArgumentException notAUuid) {
      // Reported below, as every other malformed id.
    }
    throw new InvalidValue("id", "must be a user id as this service issues them (a UUID)");
  }
}
