package dev.lexicon.application.service.user;

import dev.lexicon.application.error.UserNotFound;
import dev.lexicon.application.port.in.user.GetUserUseCase;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;

public final class GetUserService implements GetUserUseCase {

  private final UserRepository users;

  public GetUserService(UserRepository users) {
    this.users = users;
  }

  @Override
  public User get(UserId id) {
    return users.findById(id).orElseThrow(() -> new UserNotFound(id));
  }
}
