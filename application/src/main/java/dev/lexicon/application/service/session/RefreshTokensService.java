package dev.lexicon.application.service.session;

import dev.lexicon.application.error.InvalidRefreshToken;
import dev.lexicon.application.port.in.session.RefreshTokensUseCase;
import dev.lexicon.application.port.in.user.TokenPair;
import dev.lexicon.application.port.out.AuthenticationEvents;
import dev.lexicon.application.port.out.AuthenticationEvents.RefreshOutcome;
import dev.lexicon.application.port.out.AuthenticationEvents.RevocationReason;
import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.SessionRevocations;
import dev.lexicon.application.port.out.Transactions;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.session.RefreshToken;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Rotates refresh tokens. A token is retired by a conditional write, so of two requests presenting
 * it only one gets a new pair; a retired token presented again means two parties hold it, and the
 * whole session is revoked, the thief's tokens and the owner's alike.
 */
public final class RefreshTokensService implements RefreshTokensUseCase {

  private final UserRepository users;
  private final SessionRepository sessions;
  private final RefreshTokenRepository refreshTokens;
  private final SessionRevocations revocations;
  private final TokenPairs tokenPairs;
  private final Transactions transactions;
  private final AuthenticationEvents events;
  private final Clock clock;

  public RefreshTokensService(
      UserRepository users,
      SessionRepository sessions,
      RefreshTokenRepository refreshTokens,
      SessionRevocations revocations,
      TokenPairs tokenPairs,
      Transactions transactions,
      AuthenticationEvents events,
      Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.refreshTokens = refreshTokens;
    this.revocations = revocations;
    this.tokenPairs = tokenPairs;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public TokenPair refresh(String presented) {
    try {
      TokenPair tokens = rotate(presented);
      events.refresh(RefreshOutcome.SUCCESS);
      return tokens;
    } catch (InvalidRefreshToken refused) {
      events.refresh(RefreshOutcome.REFUSED);
      throw refused;
    }
  }

  private TokenPair rotate(String presented) {
    Instant now = clock.instant();
    RefreshToken token =
        refreshTokens
            .findByHash(RefreshTokens.hashOf(presented))
            .orElseThrow(InvalidRefreshToken::new);
    Session session = sessions.findById(token.sessionId()).orElseThrow(InvalidRefreshToken::new);
    if (session.isRevoked() || token.isExpiredAt(now)) {
      throw new InvalidRefreshToken();
    }
    // The revocation of a reused token must outlast the refusal, so it is stored outside the
    // rotation's transaction, which the refusal rolls back.
    Optional<TokenPair> next =
        token.isRetired()
            ? Optional.empty()
            : transactions.inTransaction(() -> next(token, session, now));
    if (next.isEmpty()) {
      revocations.revoke(session.id(), session.userId(), now);
      events.revocation(RevocationReason.REFRESH_TOKEN_REUSE);
      throw new InvalidRefreshToken();
    }
    return next.get();
  }

  /** Empty when another request retired the token first: it was presented twice. */
  private Optional<TokenPair> next(RefreshToken token, Session session, Instant now) {
    if (!refreshTokens.retireIfCurrent(token.hash(), now)) {
      return Optional.empty();
    }
    User user =
        users.findById(token.userId()).filter(User::active).orElseThrow(InvalidRefreshToken::new);
    return Optional.of(tokenPairs.next(user, session, now));
  }
}
