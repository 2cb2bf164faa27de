package dev.lexicon.application.service.session;

import dev.lexicon.application.port.in.user.TokenPair;
import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.TokenIssuer;
import dev.lexicon.domain.session.RefreshToken;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.user.User;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues the next pair of a session: a new current refresh token, kept only as its hash, and an
 * access token bound to the session. The session then lives as long as its newest refresh token.
 */
public final class TokenPairs {

  private final SessionRepository sessions;
  private final RefreshTokenRepository refreshTokens;
  private final TokenIssuer tokenIssuer;
  private final Duration refreshTokenLifetime;

  public TokenPairs(
      SessionRepository sessions,
      RefreshTokenRepository refreshTokens,
      TokenIssuer tokenIssuer,
      Duration refreshTokenLifetime) {
    this.sessions = sessions;
    this.refreshTokens = refreshTokens;
    this.tokenIssuer = tokenIssuer;
    this.refreshTokenLifetime = refreshTokenLifetime;
  }

  TokenPair start(User user, Instant now) {
    Session session = Session.start(sessions.nextId(), user.id(), now, refreshTokenLifetime);
    sessions.add(session);
    return issue(user, session, now);
  }

  TokenPair next(User user, Session session, Instant now) {
    sessions.extend(session.id(), now.plus(refreshTokenLifetime));
    return issue(user, session, now);
  }

  private TokenPair issue(User user, Session session, Instant now) {
    RefreshTokens.Generated refresh = RefreshTokens.generate();
    refreshTokens.add(RefreshToken.issue(refresh.hash(), session, now, refreshTokenLifetime));
    TokenIssuer.AccessToken access = tokenIssuer.issue(user, session.id(), now);
    return new TokenPair(
        access.value(), refresh.token(), Duration.between(now, access.expiresAt()));
  }
}
