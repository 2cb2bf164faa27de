package dev.lexicon.application.error;

import dev.lexicon.domain.user.UserId;

public final class UserNotFound extends LexiconException {

  public UserNotFound(UserId id) {
    super("No user has the id '" + id + "'.");
  }
}
