package dev.lexicon.application.service.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.port.in.user.RegisterUserCommand;
import dev.lexicon.application.testing.FakePasswordHasher;
import dev.lexicon.application.testing.InMemoryTransactions;
import dev.lexicon.application.testing.InMemoryUserRepository;
import dev.lexicon.application.testing.ListedCommonPasswords;
import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.Username;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegisterUserServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final RegisterUserService service =
      new RegisterUserService(
          users,
          new FakePasswordHasher(),
          new PasswordPolicy(new ListedCommonPasswords("password123")),
          new InMemoryTransactions(),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void a_registered_user_is_active_with_the_user_role_and_joined_now() {
    User user = service.register(command("alice", "alice@example.com", "correct horse"));

    assertTrue(user.active());
    assertEquals(Set.of(Role.USER), user.roles());
    assertEquals(NOW, user.dateJoined());
    assertNull(user.lastLogin());
    assertEquals(user, users.findById(user.id()).orElseThrow());
  }

  @Test
  void the_password_is_stored_only_as_its_hash() {
    User user = service.register(command("alice", "alice@example.com", "correct horse"));

    assertNotEquals("correct horse", user.passwordHash().value());
  }

  @Test
  void a_password_containing_the_username_in_any_case_is_refused() {
    InvalidValue invalid =
        assertThrows(
            InvalidValue.class,
            () -> service.register(command("alice", "alice@example.com", "xxALICE2026")));
    assertEquals("password", invalid.field());
  }

  @Test
  void a_common_password_is_refused() {
    InvalidValue invalid =
        assertThrows(
            InvalidValue.class,
            () -> service.register(command("alice", "alice@example.com", "password123")));
    assertEquals("password", invalid.field());
  }

  @Test
  void a_username_taken_in_another_case_is_refused() {
    service.register(command("alice", "alice@example.com", "correct horse"));

    assertThrows(
        UsernameTaken.class,
        () -> service.register(command("ALICE", "other@example.com", "correct horse")));
  }

  @Test
  void an_email_taken_in_another_case_is_refused() {
    service.register(command("alice", "alice@example.com", "correct horse"));

    assertThrows(
        EmailTaken.class,
        () -> service.register(command("bob", "ALICE@example.com", "correct horse")));
  }

  private static RegisterUserCommand command(String username, String email, String password) {
    return new RegisterUserCommand(new Username(username), new Email(email), Password.of(password));
  }
}
