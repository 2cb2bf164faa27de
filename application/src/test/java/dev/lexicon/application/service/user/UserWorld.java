package dev.lexicon.application.service.user;

import dev.lexicon.application.port.in.user.RegisterUserCommand;
import dev.lexicon.application.testing.FakePasswordHasher;
import dev.lexicon.application.testing.InMemoryLoginAttemptRepository;
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
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** The in-memory world the account use-case tests run in. */
class UserWorld {

  static final Instant NOW = Instant.parse("2026-06-07T08:09:10Z");
  static final String PASSWORD = "correct horse";

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryUserRepository users = new InMemoryUserRepository();
  final InMemorySessionRepository sessions = new InMemorySessionRepository();
  final InMemoryLoginAttemptRepository attempts = new InMemoryLoginAttemptRepository();
  final FakePasswordHasher hasher = new FakePasswordHasher();
  final RecordingAuthenticationEvents events = new RecordingAuthenticationEvents();
  final PasswordPolicy policy = new PasswordPolicy(new ListedCommonPasswords("password123"));
  final InMemoryTransactions transactions = new InMemoryTransactions();
  final FailedLogins failedLogins =
      new FailedLogins(attempts, LoginThrottle.STANDARD, Duration.ofSeconds(2));
  final AccountChanges accounts =
      new AccountChanges(users, new StoreOnlyRevocations(sessions), transactions, clock);
  final RegisterUserService registration =
      new RegisterUserService(users, hasher, policy, transactions, clock);

  User register(String name) {
    return registration.register(command(name));
  }

  User registerAdmin(String name) {
    return registration.register(command(name), Set.of(Role.USER, Role.ADMIN));
  }

  Session sessionOf(User user) {
    Session session = Session.start(sessions.nextId(), user.id(), NOW, Duration.ofDays(14));
    sessions.add(session);
    return session;
  }

  User stored(User user) {
    return users.findById(user.id()).orElseThrow();
  }

  static RegisterUserCommand command(String name) {
    return new RegisterUserCommand(
        new Username(name), new Email(name + "@example.com"), Password.of(PASSWORD));
  }
}
