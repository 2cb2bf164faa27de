package dev.lexicon.application.service.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.LastActiveAdmin;
import dev.lexicon.application.error.LoginThrottled;
import dev.lexicon.application.error.UserNotFound;
import dev.lexicon.application.port.in.user.ChangePasswordCommand;
import dev.lexicon.application.port.in.user.RegisterUserCommand;
import dev.lexicon.application.port.out.AuthenticationEvents.RevocationReason;
import dev.lexicon.domain.InvalidValue;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A user's own account: reading it, a new email, a new password, deactivation. */
class AccountServicesTest {

  private final UserWorld world = new UserWorld();
  private final User alice = world.register("alice");

  @Test
  void an_unknown_user_is_not_found() {
    assertThrows(
        UserNotFound.class,
        () -> new GetUserService(world.users).get(new UserId(UUID.randomUUID())));
  }

  @Test
  void a_new_email_is_kept() {
    new ChangeEmailService(world.users, world.accounts)
        .changeEmail(alice.id(), new Email("new@example.com"));

    assertEquals(new Email("new@example.com"), world.stored(alice).email());
  }

  @Test
  void an_email_of_another_user_in_any_case_is_refused() {
    world.register("bobby");

    assertThrows(
        EmailTaken.class,
        () ->
            new ChangeEmailService(world.users, world.accounts)
                .changeEmail(alice.id(), new Email("BOBBY@example.com")));
  }

  @Test
  void changing_to_ones_own_email_in_another_case_is_allowed() {
    new ChangeEmailService(world.users, world.accounts)
        .changeEmail(alice.id(), new Email("ALICE@example.com"));

    assertEquals(new Email("ALICE@example.com"), world.stored(alice).email());
  }

  @Test
  void a_password_change_needs_the_current_password() {
    InvalidValue invalid =
        assertThrows(InvalidValue.class, () -> changePassword("wrong current", "another horse"));
    assertEquals("currentPassword", invalid.field());
  }

  @Test
  void a_new_password_must_follow_the_policy_reported_as_new_password() {
    InvalidValue invalid =
        assertThrows(InvalidValue.class, () -> changePassword(UserWorld.PASSWORD, "password123"));
    assertEquals("newPassword", invalid.field());
  }

  @Test
  void a_new_password_must_not_contain_the_username() {
    InvalidValue invalid =
        assertThrows(
            InvalidValue.class, () -> changePassword(UserWorld.PASSWORD, "my-ALICE-password"));
    assertEquals("newPassword", invalid.field());
  }

  @Test
  void a_changed_password_replaces_the_old_one() {
    changePassword(UserWorld.PASSWORD, "another horse");

    assertTrue(world.hasher.matches("another horse", world.stored(alice).passwordHash()));
    assertFalse(world.hasher.matches(UserWorld.PASSWORD, world.stored(alice).passwordHash()));
  }

  @Test
  void a_changed_password_revokes_every_session_of_the_user() {
    Session first = world.sessionOf(alice);
    Session second = world.sessionOf(alice);

    changePassword(UserWorld.PASSWORD, "another horse");

    assertTrue(world.sessions.findById(first.id()).orElseThrow().isRevoked());
    assertTrue(world.sessions.findById(second.id()).orElseThrow().isRevoked());
  }

  @Test
  void wrong_current_passwords_count_as_failed_logins_and_close_the_account() {
    for (int i = 0; i < 5; i++) {
      assertThrows(InvalidValue.class, () -> changePassword("wrong current", "another horse"));
    }

    assertThrows(LoginThrottled.class, () -> changePassword(UserWorld.PASSWORD, "another horse"));
  }

  @Test
  void a_right_current_password_does_not_count_as_a_failed_login() {
    for (int i = 0; i < 5; i++) {
      changePassword(UserWorld.PASSWORD, "another horse");
      changePassword("another horse", UserWorld.PASSWORD);
    }

    assertTrue(world.hasher.matches(UserWorld.PASSWORD, world.stored(alice).passwordHash()));
  }

  @Test
  void a_password_change_grows_the_accounts_version() {
    changePassword(UserWorld.PASSWORD, "another horse");

    assertEquals(alice.version() + 1, world.stored(alice).version());
  }

  @Test
  void an_email_taken_as_another_accounts_username_is_refused() {
    world.registration.register(
        new RegisterUserCommand(
            new Username("carol@example.org"),
            new Email("carol@example.net"),
            Password.of(UserWorld.PASSWORD)));

    assertThrows(
        EmailTaken.class,
        () ->
            new ChangeEmailService(world.users, world.accounts)
                .changeEmail(alice.id(), new Email("Carol@Example.org")));
  }

  @Test
  void deactivation_makes_the_account_inactive_and_revokes_its_sessions() {
    Session session = world.sessionOf(alice);

    deactivation().deactivate(alice.id());

    assertFalse(world.stored(alice).active());
    assertTrue(world.sessions.findById(session.id()).orElseThrow().isRevoked());
  }

  @Test
  void a_password_change_and_a_deactivation_are_told_as_revocations() {
    changePassword(UserWorld.PASSWORD, "another horse");
    deactivation().deactivate(alice.id());

    assertEquals(
        List.of(RevocationReason.PASSWORD_CHANGE, RevocationReason.DEACTIVATION),
        world.events.events());
  }

  @Test
  void the_last_active_admin_cannot_deactivate_their_account() {
    User admin = world.registerAdmin("root");

    assertThrows(LastActiveAdmin.class, () -> deactivation().deactivate(admin.id()));
    assertTrue(world.stored(admin).active());
  }

  @Test
  void an_admin_may_deactivate_their_account_while_another_admin_remains() {
    User admin = world.registerAdmin("root");
    world.registerAdmin("root2");

    deactivation().deactivate(admin.id());

    assertFalse(world.stored(admin).active());
  }

  private DeactivateAccountService deactivation() {
    return new DeactivateAccountService(world.accounts, world.events);
  }

  private void changePassword(String current, String next) {
    new ChangePasswordService(
            world.users,
            world.accounts,
            world.hasher,
            world.policy,
            world.failedLogins,
            world.events,
            world.clock)
        .changePassword(
            new ChangePasswordCommand(alice.id(), current, Password.of("newPassword", next)));
  }
}
