package dev.lexicon.application.testing;

import dev.lexicon.application.port.in.Actor;
import dev.lexicon.domain.user.User;

/** The actor a use case sees for a user. */
public final class Actors {

  private Actors() {}

  public static Actor of(User user) {
    return new Actor(user.id(), user.username(), user.roles());
  }
}
