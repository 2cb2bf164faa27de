package dev.lexicon.application.service.user;

import dev.lexicon.application.port.in.user.ListUsersQuery;
import dev.lexicon.application.port.in.user.ListUsersUseCase;
import dev.lexicon.application.port.in.user.UserPage;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.service.KeysetPage;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;

public final class ListUsersService implements ListUsersUseCase {

  private final UserRepository users;

  public ListUsersService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserPage list(ListUsersQuery query) {
    int size = query.size().value();
    KeysetPage<User, UserId> page =
        KeysetPage.cut(users.findPage(query.after(), size + 1), size, User::id);
    return new UserPage(page.items(), page.continueAfter());
  }
}
