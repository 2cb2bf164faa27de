package dev.lexicon.application.service.user;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UserNotFound;
import dev.lexicon.application.port.in.user.ChangeEmailUseCase;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;

public final class ChangeEmailService implements ChangeEmailUseCase {

  private final UserRepository users;

  public ChangeEmailService(UserRepository users) {
    this.users = users;
  }

  @Override
  public User changeEmail(UserId id, Email email) {
    User user = users.findById(id).orElseThrow(() -> new UserNotFound(id));
    boolean takenByAnother =
        users.findByEmail(email).filter(owner -> !owner.id().equals(id)).isPresent();
    if (takenByAnother) {
      throw new EmailTaken();
    }
    User changed = user.withEmail(email);
    users.update(changed);
    return changed;
  }
}
