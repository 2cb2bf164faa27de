package dev.lexicon.application.port.in.user;

import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Users in ascending id order; {@code continueAfter} is present exactly when more follow. */
public record UserPage(List<User> items, Optional<UserId> continueAfter) {

  public UserPage {
    items = List.copyOf(items);
  }
}
