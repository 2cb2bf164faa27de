package dev.lexicon.application.service.session;

import dev.lexicon.application.port.in.session.LogOutCommand;
import dev.lexicon.application.port.in.session.LogOutUseCase;
import dev.lexicon.application.port.out.AuthenticationEvents;
import dev.lexicon.application.port.out.AuthenticationEvents.RevocationReason;
import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.application.port.out.SessionRevocations;
import dev.lexicon.application.port.out.Transactions;
import dev.lexicon.domain.session.RefreshToken;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Ends the caller's session, which retires the access token used for the call and every refresh
 * token of that login. A refresh token given with the call ends its own session too, if it is the
 * caller's: nobody can log someone else out by presenting their token.
 */
public final class LogOutService implements LogOutUseCase {

  private final RefreshTokenRepository refreshTokens;
  private final SessionRevocations revocations;
  private final Transactions transactions;
  private final AuthenticationEvents events;
  private final Clock clock;

  public LogOutService(
      RefreshTokenRepository refreshTokens,
      SessionRevocations revocations,
      Transactions transactions,
      AuthenticationEvents events,
      Clock clock) {
    this.refreshTokens = refreshTokens;
    this.revocations = revocations;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void logOut(LogOutCommand command) {
    Instant now = clock.instant();
    UserId caller = command.actor().id();
    Optional<SessionId> alsoEnded =
        command
            .refreshToken()
            .flatMap(token -> refreshTokens.findByHash(RefreshTokens.hashOf(token)))
            .filter(token -> token.userId().equals(caller))
            .map(RefreshToken::sessionId);
    transactions.runInTransaction(
        () -> {
          revocations.revoke(command.session(), caller, now);
          alsoEnded.ifPresent(session -> revocations.revoke(session, caller, now));
        });
    events.revocation(RevocationReason.LOGOUT);
  }
}
