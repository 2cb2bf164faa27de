package dev.lexicon.application.service.session;

import dev.lexicon.application.error.InvalidCredentials;
import dev.lexicon.application.error.LoginThrottled;
import dev.lexicon.application.port.in.user.LogInCommand;
import dev.lexicon.application.port.in.user.LogInUseCase;
import dev.lexicon.application.port.in.user.TokenPair;
import dev.lexicon.application.port.out.AuthenticationEvents;
import dev.lexicon.application.port.out.AuthenticationEvents.LoginOutcome;
import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.TokenIssuer;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.service.user.FailedLogins;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.LoginThrottle;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.PasswordHash;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.Username;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

public final class LogInService implements LogInUseCase {

  private final UserRepository users;
  private final FailedLogins failedLogins;
  private final AuthenticationEvents events;
  private final PasswordHasher hasher;
  private final TokenPairs tokenPairs;
  private final Clock clock;
  private final PasswordHash decoyHash;

  public LogInService(
      UserRepository users,
      SessionRepository sessions,
      RefreshTokenRepository refreshTokens,
      LoginAttemptRepository attempts,
      PasswordHasher hasher,
      TokenIssuer tokenIssuer,
      LoginThrottle throttle,
      AuthenticationEvents events,
      Clock clock,
      Duration refreshTokenLifetime) {
    this.users = users;
    this.failedLogins = new FailedLogins(attempts, throttle);
    this.events = events;
    this.hasher = hasher;
    this.tokenPairs = new TokenPairs(sessions, refreshTokens, tokenIssuer, refreshTokenLifetime);
    this.clock = clock;
    // An unknown login is checked against this hash so that it costs one hash verification,
    // like a known one: the response time does not tell whether the account exists.
    this.decoyHash = hasher.hash(Password.of(RefreshTokens.generate().token()));
  }

  @Override
  public TokenPair logIn(LogInCommand command) {
    try {
      TokenPair tokens = attempt(command);
      events.login(LoginOutcome.SUCCESS);
      return tokens;
    } catch (InvalidCredentials refused) {
      events.login(LoginOutcome.BAD_CREDENTIALS);
      throw refused;
    } catch (LoginThrottled refused) {
      events.login(LoginOutcome.LOCKED);
      throw refused;
    }
  }

  private TokenPair attempt(LogInCommand command) {
    Instant now = clock.instant();
    Optional<User> found = findByLogin(command.login());
    if (found.isEmpty()) {
      hasher.matches(command.password(), decoyHash);
      throw new InvalidCredentials();
    }
    User user = found.get();
    failedLogins.requireOpen(user.id(), now);
    if (!hasher.matches(command.password(), user.passwordHash())) {
      failedLogins.record(user.id(), now);
      throw new InvalidCredentials();
    }
    if (!user.active()) {
      throw new InvalidCredentials();
    }
    failedLogins.forget(user.id());
    users.update(rehashedIfDue(user, command.password()).loggedInAt(now));
    return tokenPairs.start(user, now);
  }

  /** Raising the hasher's cost upgrades each user's hash at their next login. */
  private User rehashedIfDue(User user, String password) {
    if (!hasher.needsRehash(user.passwordHash())) {
      return user;
    }
    return user.withPasswordHash(hasher.hash(Password.of(password)));
  }

  /** A username first, then an email, since a username may itself look like an address. */
  private Optional<User> findByLogin(String login) {
    return parse(() -> new Username(login))
        .flatMap(users::findByUsername)
        .or(() -> parse(() -> new Email(login)).flatMap(users::findByEmail));
  }

  private static <T> Optional<T> parse(Supplier<T> factory) {
    try {
      return Optional.of(factory.get());
    } catch (RuntimeException invalid) {
      return Optional.empty();
    }
  }
}
