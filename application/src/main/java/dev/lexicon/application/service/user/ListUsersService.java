package dev.lexicon.application.service.user;

import dev.lexicon.application.port.in.user.ListUsersQuery;
import dev.lexicon.application.port.in.user.ListUsersUseCase;
import dev.lexicon.application.port.in.user.UserPage;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.User;
import java.util.List;
import java.util.Optional;

public final class ListUsersService implements ListUsersUseCase {

  private final UserRepository users;

  public ListUsersService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserPage list(ListUsersQuery query) {
    int size = query.size().value();
    // One user more than the page holds tells, without a count, whether another page follows.
    List<User> found = users.findPage(query.after(), size + 1);
    if (found.size() <= size) {
      return new UserPage(found, Optional.empty());
    }
    List<User> page = found.subList(0, size);
    return new UserPage(page, Optional.of(page.get(size - 1).id()));
  }
}
