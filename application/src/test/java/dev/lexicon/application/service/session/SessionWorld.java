package dev.lexicon.application.service.session;

import dev.lexicon.application.port.in.user.LogInCommand;
import dev.lexicon.application.port.in.user.RegisterUserCommand;
import dev.lexicon.application.port.in.user.TokenPair;
import dev.lexicon.application.service.user.FailedLogins;
import dev.lexicon.application.service.user.PasswordPolicy;
import dev.lexicon.application.service.user.RegisterUserService;
import dev.lexicon.application.testing.FakePasswordHasher;
import dev.lexicon.application.testing.FakeTokenIssuer;
import dev.lexicon.application.testing.InMemoryLoginAttemptRepository;
import dev.lexicon.application.testing.InMemoryRefreshTokenRepository;
import dev.lexicon.application.testing.InMemorySessionRepository;
import dev.lexicon.application.testing.InMemoryTransactions;
import dev.lexicon.application.testing.InMemoryUserRepository;
import dev.lexicon.application.testing.ListedCommonPasswords;
import dev.lexicon.application.testing.MutableClock;
import dev.lexicon.application.testing.RecordingAuthenticationEvents;
import dev.lexicon.application.testing.StoreOnlyRevocations;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.LoginThrottle;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.Username;
import java.time.Duration;
import java.time.Instant;

/** The in-memory world the session use-case tests run in, with alice registered. */
class SessionWorld {

  static final Instant START = Instant.parse("2026-03-04T05:06:07Z");
  static final Duration REFRESH_LIFETIME = Duration.ofDays(14);
  static final String PASSWORD = "correct horse";

  final MutableClock clock = new MutableClock(START);
  final InMemoryUserRepository users = new InMemoryUserRepository();
  final InMemorySessionRepository sessions = new InMemorySessionRepository();
  final InMemoryRefreshTokenRepository refreshTokens = new InMemoryRefreshTokenRepository();
  final InMemoryLoginAttemptRepository attempts = new InMemoryLoginAttemptRepository();
  final FakePasswordHasher hasher = new FakePasswordHasher();
  final FakeTokenIssuer tokenIssuer = new FakeTokenIssuer();
  final RecordingAuthenticationEvents events = new RecordingAuthenticationEvents();
  final InMemoryTransactions transactions = new InMemoryTransactions();
  final StoreOnlyRevocations revocations = new StoreOnlyRevocations(sessions);
  final TokenPairs tokenPairs =
      new TokenPairs(sessions, refreshTokens, tokenIssuer, REFRESH_LIFETIME);
  final LogInService logIn =
      new LogInService(
          users,
          new FailedLogins(attempts, LoginThrottle.STANDARD, Duration.ofSeconds(2)),
          hasher,
          tokenPairs,
          transactions,
          events,
          clock);
  final RefreshTokensService refresh =
      new RefreshTokensService(
          users, sessions, refreshTokens, revocations, tokenPairs, transactions, events, clock);
  final User alice = register("alice");

  User register(String name) {
    return new RegisterUserService(
            users, hasher, new PasswordPolicy(new ListedCommonPasswords()), transactions, clock)
        .register(
            new RegisterUserCommand(
                new Username(name), new Email(name + "@example.com"), Password.of(PASSWORD)));
  }

  TokenPair logInAlice() {
    return logIn.logIn(new LogInCommand("alice", PASSWORD));
  }

  Session sessionOf(TokenPair tokens) {
    var token = refreshTokens.findByHash(RefreshTokens.hashOf(tokens.refreshToken())).orElseThrow();
    return sessions.findById(token.sessionId()).orElseThrow();
  }
}
