package dev.lexicon.application.port.in.session;

import dev.lexicon.domain.session.SessionId;

/** Asked on every authenticated request: may tokens of this session still be used? */
public interface VerifySessionUseCase {

  boolean isActive(SessionId session);
}
