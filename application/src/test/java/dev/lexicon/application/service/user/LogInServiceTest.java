package dev.lexicon.application.service.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.error.InvalidCredentials;
import dev.lexicon.application.port.in.user.LogInCommand;
import dev.lexicon.application.port.in.user.RegisterUserCommand;
import dev.lexicon.application.port.in.user.TokenPair;
import dev.lexicon.application.testing.FakePasswordHasher;
import dev.lexicon.application.testing.FakeTokenIssuer;
import dev.lexicon.application.testing.InMemorySessionRepository;
import dev.lexicon.application.testing.InMemoryUserRepository;
import dev.lexicon.application.testing.ListedCommonPasswords;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.Username;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogInServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final Duration REFRESH_LIFETIME = Duration.ofDays(14);
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final InMemorySessionRepository sessions = new InMemorySessionRepository();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final LogInService service =
      new LogInService(users, sessions, hasher, new FakeTokenIssuer(), clock, REFRESH_LIFETIME);
  private User alice;

  @BeforeEach
  void registerAlice() {
    alice =
        new RegisterUserService(users, hasher, new ListedCommonPasswords(), clock)
            .register(
                new RegisterUserCommand(
                    new Username("alice"),
                    new Email("alice@example.com"),
                    Password.of("correct horse")));
  }

  @Test
  void the_right_password_gives_an_access_token_that_expires_in_its_lifetime() {
    TokenPair tokens = service.logIn(new LogInCommand("alice", "correct horse"));

    assertEquals("access-for-" + alice.id(), tokens.accessToken());
    assertEquals(FakeTokenIssuer.LIFETIME, tokens.expiresIn());
  }

  @Test
  void the_refresh_token_has_at_least_256_random_bits() {
    TokenPair tokens = service.logIn(new LogInCommand("alice", "correct horse"));

    assertTrue(Base64.getUrlDecoder().decode(tokens.refreshToken()).length >= 32);
  }

  @Test
  void the_refresh_token_is_kept_only_as_its_hash_in_a_new_session() {
    TokenPair tokens = service.logIn(new LogInCommand("alice", "correct horse"));

    Session session =
        sessions.findByRefreshTokenHash(RefreshTokens.hashOf(tokens.refreshToken())).orElseThrow();
    assertEquals(alice.id(), session.userId());
    assertEquals(NOW.plus(REFRESH_LIFETIME), session.expiresAt());
    assertNotEquals(tokens.refreshToken(), session.refreshTokenHash().value());
  }

  @Test
  void each_login_gets_its_own_refresh_token() {
    TokenPair first = service.logIn(new LogInCommand("alice", "correct horse"));
    TokenPair second = service.logIn(new LogInCommand("alice", "correct horse"));

    assertNotEquals(first.refreshToken(), second.refreshToken());
  }

  @Test
  void a_login_records_when_it_happened() {
    service.logIn(new LogInCommand("alice", "correct horse"));

    assertEquals(NOW, users.findById(alice.id()).orElseThrow().lastLogin());
  }

  @Test
  void the_email_works_as_the_login_in_any_case() {
    TokenPair tokens = service.logIn(new LogInCommand("ALICE@example.com", "correct horse"));

    assertEquals("access-for-" + alice.id(), tokens.accessToken());
  }

  @Test
  void the_username_works_as_the_login_in_any_case() {
    TokenPair tokens = service.logIn(new LogInCommand("Alice", "correct horse"));

    assertEquals("access-for-" + alice.id(), tokens.accessToken());
  }

  @Test
  void a_wrong_password_is_refused() {
    assertThrows(
        InvalidCredentials.class, () -> service.logIn(new LogInCommand("alice", "wrong horse")));
  }

  @Test
  void an_unknown_user_is_refused_after_the_same_one_hash_check_as_a_known_one() {
    int before = hasher.verifications();

    assertThrows(
        InvalidCredentials.class, () -> service.logIn(new LogInCommand("nobody", "correct horse")));
    assertEquals(before + 1, hasher.verifications());
  }

  @Test
  void a_login_that_is_no_valid_username_or_email_is_refused_like_an_unknown_user() {
    assertThrows(
        InvalidCredentials.class, () -> service.logIn(new LogInCommand("no such; user", "pw")));
  }

  @Test
  void an_inactive_account_is_refused_even_with_the_right_password() {
    users.update(
        User.restore(
            alice.id(),
            alice.username(),
            alice.email(),
            alice.passwordHash(),
            alice.dateJoined(),
            null,
            false,
            alice.roles()));

    assertThrows(
        InvalidCredentials.class, () -> service.logIn(new LogInCommand("alice", "correct horse")));
  }
}
