package dev.lexicon.application.service.session;

import dev.lexicon.application.error.InvalidCredentials;
import dev.lexicon.application.error.LoginThrottled;
import dev.lexicon.application.port.in.user.LogInCommand;
import dev.lexicon.application.port.in.user.LogInUseCase;
import dev.lexicon.application.port.in.user.TokenPair;
import dev.lexicon.application.port.out.AuthenticationEvents;
import dev.lexicon.application.port.out.AuthenticationEvents.LoginOutcome;
import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.application.port.out.ThrottleKey;
import dev.lexicon.application.port.out.Transactions;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.service.user.FailedLogins;
import dev.lexicon.domain.user.LoginName;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.PasswordHash;
import dev.lexicon.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Logs a user in. The password is checked against the account as it was read; the login is then
 * noted, and its session opened, in one transaction that holds only if the account is still in that
 * state. A change that ran meanwhile (a new password, a role taken away, a deactivation) therefore
 * either comes after the login and revokes its session, or makes the login fail: a login never
 * restores what a change removed.
 */
public final class LogInService implements LogInUseCase {

  private final UserRepository users;
  private final FailedLogins failedLogins;
  private final AuthenticationEvents events;
  private final PasswordHasher hasher;
  private final TokenPairs tokenPairs;
  private final Transactions transactions;
  private final Clock clock;
  private final PasswordHash decoyHash;

  public LogInService(
      UserRepository users,
      FailedLogins failedLogins,
      PasswordHasher hasher,
      TokenPairs tokenPairs,
      Transactions transactions,
      AuthenticationEvents events,
      Clock clock) {
    this.users = users;
    this.failedLogins = failedLogins;
    this.events = events;
    this.hasher = hasher;
    this.tokenPairs = tokenPairs;
    this.transactions = transactions;
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
    LoginName name = LoginName.of(command.login());
    Optional<User> found = users.findByLoginName(name);
    ThrottleKey key =
        found.map(user -> ThrottleKey.account(user.id())).orElse(ThrottleKey.unknownName(name));
    FailedLogins.Slot slot = failedLogins.claim(key, now);
    // Only a checked, wrong answer turns its slot into a failure; an attempt that could not be
    // checked (no free hashing slot, no database) gives it back.
    boolean wrongAnswer = false;
    try {
      PasswordHash stored = found.map(User::passwordHash).orElse(decoyHash);
      boolean proven = hasher.matches(command.password(), stored);
      Optional<User> user = found.filter(unused -> proven).filter(User::active);
      if (user.isEmpty()) {
        wrongAnswer = true;
        throw new InvalidCredentials();
      }
      return open(user.get(), command.password(), now).orElseThrow(InvalidCredentials::new);
    } finally {
      if (wrongAnswer) {
        failedLogins.fail(slot);
      } else {
        failedLogins.release(slot);
      }
    }
  }

  /** Empty when the account changed after it was read: the login is refused, not replayed. */
  private Optional<TokenPair> open(User user, String password, Instant now) {
    Optional<PasswordHash> upgraded = upgradedHash(user, password);
    return transactions.inTransaction(
        () ->
            users.recordLogin(user, now, upgraded)
                ? Optional.of(tokenPairs.start(user, now))
                : Optional.empty());
  }

  /** Raising the hasher's cost upgrades each user's hash at their next login. */
  private Optional<PasswordHash> upgradedHash(User user, String password) {
    if (!hasher.needsRehash(user.passwordHash())) {
      return Optional.empty();
    }
    return Optional.of(hasher.hash(Password.of(password)));
  }
}
