package dev.lexicon.application.port.in.user;

import dev.lexicon.domain.dictionary.PageSize;
import dev.lexicon.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

public record ListUsersQuery(Optional<UserId> after, PageSize size) {

  public ListUsersQuery {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(size, "size");
  }
}
