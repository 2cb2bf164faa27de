package dev.lexicon.application.service.user;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.port.in.user.ChangeEmailUseCase;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;

public final class ChangeEmailService implements ChangeEmailUseCase {

  private final UserRepository users;
  private final AccountChanges accounts;

  public ChangeEmailService(UserRepository users, AccountChanges accounts) {
    this.users = users;
    this.accounts = accounts;
  }

  @Override
  public User changeEmail(UserId id, Email email) {
    // Checked first for a precise answer; the store's unique login names still decide a race.
    boolean takenByAnother =
        users
            .findByLoginName(email.loginName())
            .filter(owner -> !owner.id().equals(id))
            .isPresent();
    if (takenByAnother) {
      throw new EmailTaken();
    }
    return accounts.apply(id, user -> user.withEmail(email)).after();
  }
}
