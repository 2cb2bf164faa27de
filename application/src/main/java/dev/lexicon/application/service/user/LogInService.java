package dev.lexicon.application.service.user;

import dev.lexicon.application.error.InvalidCredentials;
import dev.lexicon.application.port.in.user.LogInCommand;
import dev.lexicon.application.port.in.user.LogInUseCase;
import dev.lexicon.application.port.in.user.TokenPair;
import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.TokenIssuer;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.user.Email;
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
  private final SessionRepository sessions;
  private final PasswordHasher hasher;
  private final TokenIssuer tokenIssuer;
  private final Clock clock;
  private final Duration refreshTokenLifetime;
  private final PasswordHash decoyHash;

  public LogInService(
      UserRepository users,
      SessionRepository sessions,
      PasswordHasher hasher,
      TokenIssuer tokenIssuer,
      Clock clock,
      Duration refreshTokenLifetime) {
    this.users = users;
    this.sessions = sessions;
    this.hasher = hasher;
    this.tokenIssuer = tokenIssuer;
    this.clock = clock;
    this.refreshTokenLifetime = refreshTokenLifetime;
    // An unknown login is checked against this hash so that it costs one hash verification,
    // like a known one: the response time does not tell whether the account exists.
    this.decoyHash = hasher.hash(Password.of(RefreshTokens.generate().token()));
  }

  @Override
  public TokenPair logIn(LogInCommand command) {
    Optional<User> found = findByLogin(command.login());
    PasswordHash hash = found.map(User::passwordHash).orElse(decoyHash);
    boolean passwordMatches = hasher.matches(command.password(), hash);
    User user =
        found
            .filter(candidate -> passwordMatches && candidate.active())
            .orElseThrow(InvalidCredentials::new);

    Instant now = clock.instant();
    users.update(user.loggedInAt(now));
    RefreshTokens.Generated refresh = RefreshTokens.generate();
    sessions.add(
        Session.start(sessions.nextId(), user.id(), refresh.hash(), now, refreshTokenLifetime));
    TokenIssuer.AccessToken access = tokenIssuer.issue(user, now);
    return new TokenPair(
        access.value(), refresh.token(), Duration.between(now, access.expiresAt()));
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
