package dev.lexicon.application.service.session;

import dev.lexicon.application.port.in.session.VerifySessionUseCase;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.domain.session.SessionId;

public final class VerifySessionService implements VerifySessionUseCase {

  private final SessionRepository sessions;

  public VerifySessionService(SessionRepository sessions) {
    this.sessions = sessions;
  }

  /** A session that was purged had ended, so its tokens are as dead as a revoked one's. */
  @Override
  public boolean isActive(SessionId session) {
    return sessions.findById(session).filter(found -> !found.isRevoked()).isPresent();
  }
}
