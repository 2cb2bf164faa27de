package dev.lexicon.application.service.session;

import dev.lexicon.application.port.in.session.LogOutCommand;
import dev.lexicon.application.port.in.session.LogOutUseCase;
import dev.lexicon.application.port.out.AuthenticationEvents;
import dev.lexicon.application.port.out.AuthenticationEvents.RevocationReason;
import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.domain.session.RefreshToken;
import java.time.Clock;
import java.time.Instant;

/**
 * Ends the caller's session, which retires the access token used for the call and every refresh
 * token of that login. A refresh token given with the call ends its own session too, if it is the
 * caller's: nobody can log someone else out by presenting their token.
 */
public final class LogOutService implements LogOutUseCase {

  private final SessionRepository sessions;
  private final RefreshTokenRepository refreshTokens;
  private final AuthenticationEvents events;
  private final Clock clock;

  public LogOutService(
      SessionRepository sessions,
      RefreshTokenRepository refreshTokens,
      AuthenticationEvents events,
      Clock clock) {
    this.sessions = sessions;
    this.refreshTokens = refreshTokens;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void logOut(LogOutCommand command) {
    Instant now = clock.instant();
    sessions.revoke(command.session(), now);
    command
        .refreshToken()
        .flatMap(token -> refreshTokens.findByHash(RefreshTokens.hashOf(token)))
        .filter(token -> token.userId().equals(command.actor().id()))
        .map(RefreshToken::sessionId)
        .ifPresent(session -> sessions.revoke(session, now));
    events.revocation(RevocationReason.LOGOUT);
  }
}
