package dev.lexicon.application.service.user;

import dev.lexicon.application.port.in.user.DeactivateAccountUseCase;
import dev.lexicon.application.port.out.AuthenticationEvents;
import dev.lexicon.application.port.out.AuthenticationEvents.RevocationReason;
import dev.lexicon.domain.user.UserId;

public final class DeactivateAccountService implements DeactivateAccountUseCase {

  private final AccountChanges accounts;
  private final AuthenticationEvents events;

  public DeactivateAccountService(AccountChanges accounts, AuthenticationEvents events) {
    this.accounts = accounts;
    this.events = events;
  }

  @Override
  public void deactivate(UserId id) {
    if (accounts.apply(id, user -> user.withActive(false)).revokedSessions()) {
      events.revocation(RevocationReason.DEACTIVATION);
    }
  }
}
