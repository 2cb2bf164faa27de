package dev.lexicon.domain.dictionary;

import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.util.Objects;

/** The user who created an entry; usernames never change, so the name is kept with the id. */
public record EntryOwner(UserId id, Username username) {

  public EntryOwner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
  }
}
