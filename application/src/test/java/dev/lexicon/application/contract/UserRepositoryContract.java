package dev.lexicon.application.contract;

import static dev.lexicon.application.testing.UserMother.aUser;
import static dev.lexicon.application.testing.UserMother.aUserNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.PasswordHash;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} must do. Each test makes users no other test uses. */
public abstract class UserRepositoryContract {

  protected abstract UserRepository users();

  @Test
  void an_added_user_is_found_by_id_with_every_field_intact() {
    User user = aUser();
    users().add(user);

    assertSameUser(user, users().findById(user.id()).orElseThrow());
  }

  @Test
  void a_user_is_found_by_username_in_any_case() {
    User user = aUser();
    users().add(user);

    var shouted = new Username(user.username().value().toUpperCase(Locale.ROOT));

    assertEquals(user.id(), users().findByUsername(shouted).orElseThrow().id());
  }

  @Test
  void a_user_is_found_by_email_in_any_case() {
    User user = aUser();
    users().add(user);

    var shouted = new Email(user.email().value().toUpperCase(Locale.ROOT));

    assertEquals(user.id(), users().findByEmail(shouted).orElseThrow().id());
  }

  @Test
  void an_unknown_user_is_not_found() {
    assertEquals(Optional.empty(), users().findById(new UserId(UUID.randomUUID())));
    assertEquals(Optional.empty(), users().findByUsername(new Username(UserMother.uniqueName())));
  }

  @Test
  void a_username_that_differs_only_in_case_is_taken() {
    User alice = aUser();
    users().add(alice);
    User shouting = aUserNamed(alice.username().value().toUpperCase(Locale.ROOT) + "x");
    User sameNameOtherCase =
        User.register(
            shouting.id(),
            new Username(alice.username().value().toUpperCase(Locale.ROOT)),
            shouting.email(),
            shouting.passwordHash(),
            shouting.dateJoined());

    assertThrows(UsernameTaken.class, () -> users().add(sameNameOtherCase));
  }

  @Test
  void an_email_that_differs_only_in_case_is_taken() {
    User first = aUser();
    users().add(first);
    User other = aUser();
    User sameEmailOtherCase =
        User.register(
            other.id(),
            other.username(),
            new Email(first.email().value().toUpperCase(Locale.ROOT)),
            other.passwordHash(),
            other.dateJoined());

    assertThrows(EmailTaken.class, () -> users().add(sameEmailOtherCase));
  }

  @Test
  void usernames_with_non_ascii_letters_are_kept_and_found() {
    User user = aUserNamed("Ünïcødé_" + UserMother.uniqueName());
    users().add(user);

    assertEquals(user.username(), users().findById(user.id()).orElseThrow().username());
  }

  @Test
  void an_update_keeps_the_last_login() {
    User user = aUser();
    users().add(user);

    users().update(user.loggedInAt(UserMother.later()));

    assertEquals(UserMother.later(), users().findById(user.id()).orElseThrow().lastLogin());
  }

  @Test
  void an_update_keeps_a_new_email_and_finds_the_user_by_it() {
    User user = aUser();
    users().add(user);
    Email changed = new Email(UserMother.uniqueName() + "@example.org");

    users().update(user.withEmail(changed));

    assertEquals(user.id(), users().findByEmail(changed).orElseThrow().id());
  }

  @Test
  void an_update_to_another_users_email_in_any_case_is_refused() {
    User first = aUser();
    User second = aUser();
    users().add(first);
    users().add(second);

    Email shouted = new Email(first.email().value().toUpperCase(Locale.ROOT));

    assertThrows(EmailTaken.class, () -> users().update(second.withEmail(shouted)));
  }

  @Test
  void an_update_keeps_active_state_roles_and_password_hash() {
    User user = aUser();
    users().add(user);
    User changed =
        user.withActive(false)
            .withRoles(Set.of(Role.USER, Role.ADMIN))
            .withPasswordHash(new PasswordHash("$argon2id$v=19$m=65536,t=3,p=1$bmV3$bmV3"));

    users().update(changed);

    assertSameUser(changed, users().findById(user.id()).orElseThrow());
  }

  @Test
  void a_page_of_users_starts_with_the_next_id_after_the_cursor() {
    List<UserId> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      User user = aUser();
      users().add(user);
      ids.add(user.id());
    }
    ids.sort(UserRepositoryContract::byText);

    // Other tests' users may sit between ours, so the next one is at most our next one.
    UserId next = users().findPage(Optional.of(ids.get(0)), 1).get(0).id();

    assertTrue(byText(next, ids.get(0)) > 0 && byText(next, ids.get(1)) <= 0);
  }

  @Test
  void a_page_of_users_holds_at_most_the_limit() {
    users().add(aUser());
    users().add(aUser());

    assertEquals(1, users().findPage(Optional.empty(), 1).size());
  }

  @Test
  void active_admins_are_counted_and_inactive_ones_are_not() {
    long before = users().countActiveAdmins();
    User admin = UserMother.anAdmin();
    User inactiveAdmin = UserMother.anAdmin().withActive(false);
    users().add(admin);
    users().add(inactiveAdmin);
    users().add(aUser());

    assertEquals(before + 1, users().countActiveAdmins());
  }

  @Test
  void every_role_is_kept() {
    User admin = UserMother.anAdmin();
    users().add(admin);

    assertEquals(Set.of(Role.USER, Role.ADMIN), users().findById(admin.id()).orElseThrow().roles());
  }

  @Test
  void of_two_users_registering_one_name_in_two_cases_at_once_exactly_one_is_stored()
      throws Exception {
    String name = UserMother.uniqueName();
    List<User> racers = List.of(aUserNamed(name), aUserNamed(name.toUpperCase(Locale.ROOT)));
    ExecutorService pool = Executors.newFixedThreadPool(racers.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (User racer : racers) {
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    users().add(racer);
                    return true;
                  } catch (UsernameTaken taken) {
                    return false;
                  }
                }));
      }
      start.countDown();
      int stored = 0;
      for (Future<Boolean> outcome : outcomes) {
        stored += outcome.get() ? 1 : 0;
      }
      assertEquals(1, stored);
    } finally {
      pool.shutdownNow();
    }
  }

  private static int byText(UserId left, UserId right) {
    return left.toString().compareTo(right.toString());
  }

  private static void assertSameUser(User expected, User actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.username(), actual.username());
    assertEquals(expected.email(), actual.email());
    assertEquals(expected.passwordHash(), actual.passwordHash());
    assertEquals(expected.dateJoined(), actual.dateJoined());
    assertEquals(expected.lastLogin(), actual.lastLogin());
    assertEquals(expected.active(), actual.active());
    assertEquals(expected.roles(), actual.roles());
  }
}
