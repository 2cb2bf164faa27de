package dev.lexicon.application.service.user;

import dev.lexicon.application.error.UserNotFound;
import dev.lexicon.application.port.in.user.DeactivateAccountUseCase;
import dev.lexicon.application.port.out.AuthenticationEvents;
import dev.lexicon.application.port.out.AuthenticationEvents.RevocationReason;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import java.time.Clock;

public final class DeactivateAccountService implements DeactivateAccountUseCase {

  private final UserRepository users;
  private final SessionRepository sessions;
  private final AuthenticationEvents events;
  private final Clock clock;

  public DeactivateAccountService(
      UserRepository users, SessionRepository sessions, AuthenticationEvents events, Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void deactivate(UserId id) {
    User user = users.findById(id).orElseThrow(() -> new UserNotFound(id));
    User deactivated = user.withActive(false);
    AdminGuard.update(users, user, deactivated);
    sessions.revokeAllOf(id, clock.instant());
    events.revocation(RevocationReason.DEACTIVATION);
  }
}
