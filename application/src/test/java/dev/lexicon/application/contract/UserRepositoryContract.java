package dev.lexicon.application.contract;

import static dev.lexicon.application.testing.UserMother.aUser;
import static dev.lexicon.application.testing.UserMother.aUserNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.error.EmailTaken;
import dev.lexicon.application.error.UsernameTaken;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.user.Email;
import dev.lexicon.domain.user.LoginName;
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
  void a_user_is_found_by_the_login_name_of_the_username_in_any_case_or_width() {
    User user = aUser();
    users().add(user);

    var shouted = LoginName.of(user.username().value().toUpperCase(Locale.ROOT));

    assertEquals(user.id(), users().findByLoginName(shouted).orElseThrow().id());
  }

  @Test
  void a_user_is_found_by_the_login_name_of_the_email_in_any_case() {
    User user = aUser();
    users().add(user);

    var shouted = LoginName.of(user.email().value().toUpperCase(Locale.ROOT));

    assertEquals(user.id(), users().findByLoginName(shouted).orElseThrow().id());
  }

  @Test
  void an_unknown_user_is_not_found() {
    assertEquals(Optional.empty(), users().findById(new UserId(UUID.randomUUID())));
    assertEquals(Optional.empty(), users().findByLoginName(LoginName.of(UserMother.uniqueName())));
  }

  @Test
  void a_username_that_differs_only_in_case_is_taken() {
    User alice = aUser();
    users().add(alice);

    User sameNameOtherCase =
        renamed(aUser(), new Username(alice.username().value().toUpperCase(Locale.ROOT)));

    assertThrows(UsernameTaken.class, () -> users().add(sameNameOtherCase));
  }

  @Test
  void a_username_in_fullwidth_letters_is_taken_by_its_ascii_twin() {
    User ascii = aUserNamed("twin" + UUID.randomUUID().toString().substring(0, 8));
    users().add(ascii);

    User fullwidth = renamed(aUser(), new Username(toFullwidth(ascii.username().value())));

    assertThrows(UsernameTaken.class, () -> users().add(fullwidth));
  }

  @Test
  void an_email_that_differs_only_in_case_is_taken() {
    User first = aUser();
    users().add(first);

    User sameEmailOtherCase =
        aUser().withEmail(new Email(first.email().value().toUpperCase(Locale.ROOT)));

    assertThrows(EmailTaken.class, () -> users().add(sameEmailOtherCase));
  }

  @Test
  void a_username_that_is_another_accounts_email_is_taken() {
    User first = aUser();
    users().add(first);

    User named = renamed(aUser(), new Username(first.email().value()));

    assertThrows(UsernameTaken.class, () -> users().add(named));
  }

  @Test
  void an_email_that_is_another_accounts_username_is_taken() {
    User named = aUserNamed(UserMother.uniqueName() + "@example.net");
    users().add(named);

    User other = aUser().withEmail(new Email(named.username().value().toUpperCase(Locale.ROOT)));

    assertThrows(EmailTaken.class, () -> users().add(other));
  }

  @Test
  void an_account_may_use_its_own_email_as_its_username() {
    String address = UserMother.uniqueName() + "@example.net";
    User user = renamed(aUser(), new Username(address)).withEmail(new Email(address));
    users().add(user);

    assertEquals(user.id(), users().findByLoginName(LoginName.of(address)).orElseThrow().id());
  }

  @Test
  void a_refused_registration_leaves_no_trace() {
    User first = aUser();
    users().add(first);
    User refused = aUser().withEmail(first.email());

    assertThrows(EmailTaken.class, () -> users().add(refused));

    assertEquals(Optional.empty(), users().findById(refused.id()));
    assertEquals(Optional.empty(), users().findByLoginName(refused.username().loginName()));
  }

  @Test
  void usernames_with_non_ascii_letters_are_kept_and_found() {
    User user = aUserNamed("Ünïcødé_" + UserMother.uniqueName());
    users().add(user);

    assertEquals(user.username(), users().findById(user.id()).orElseThrow().username());
  }

  @Test
  void a_new_user_is_at_the_first_version() {
    User user = aUser();
    users().add(user);

    assertEquals(User.FIRST_VERSION, users().findById(user.id()).orElseThrow().version());
  }

  @Test
  void an_update_at_the_stored_version_is_stored_and_grows_the_version() {
    User user = aUser();
    users().add(user);

    assertTrue(users().updateIfVersion(user.withActive(false)));

    User stored = users().findById(user.id()).orElseThrow();
    assertEquals(User.FIRST_VERSION + 1, stored.version());
    assertFalse(stored.active());
  }

  @Test
  void an_update_based_on_an_older_version_is_refused_and_changes_nothing() {
    User user = aUser();
    users().add(user);
    users().updateIfVersion(user.withRoles(Set.of(Role.USER, Role.ADMIN)));

    assertFalse(users().updateIfVersion(user.withActive(false)));

    User stored = users().findById(user.id()).orElseThrow();
    assertTrue(stored.active());
    assertEquals(Set.of(Role.USER, Role.ADMIN), stored.roles());
  }

  @Test
  void an_update_keeps_the_last_login() {
    User user = aUser();
    users().add(user);
    users().recordLogin(user, UserMother.later(), Optional.empty());

    users().updateIfVersion(users().findById(user.id()).orElseThrow().withActive(false));

    assertEquals(UserMother.later(), users().findById(user.id()).orElseThrow().lastLogin());
  }

  @Test
  void an_update_keeps_a_new_email_and_finds_the_user_by_it_and_not_by_the_old_one() {
    User user = aUser();
    users().add(user);
    Email changed = new Email(UserMother.uniqueName() + "@example.org");

    users().updateIfVersion(user.withEmail(changed));

    assertEquals(user.id(), users().findByLoginName(changed.loginName()).orElseThrow().id());
    assertEquals(Optional.empty(), users().findByLoginName(user.email().loginName()));
  }

  @Test
  void an_update_to_another_users_email_in_any_case_is_refused() {
    User first = aUser();
    User second = aUser();
    users().add(first);
    users().add(second);

    Email shouted = new Email(first.email().value().toUpperCase(Locale.ROOT));

    assertThrows(EmailTaken.class, () -> users().updateIfVersion(second.withEmail(shouted)));
  }

  @Test
  void an_update_to_another_users_username_as_email_is_refused() {
    User named = aUserNamed(UserMother.uniqueName() + "@example.net");
    User other = aUser();
    users().add(named);
    users().add(other);

    Email taken = new Email(named.username().value());

    assertThrows(EmailTaken.class, () -> users().updateIfVersion(other.withEmail(taken)));
  }

  @Test
  void an_update_keeps_active_state_roles_and_password_hash() {
    User user = aUser();
    users().add(user);
    User changed =
        user.withActive(false)
            .withRoles(Set.of(Role.USER, Role.ADMIN))
            .withPasswordHash(new PasswordHash("$argon2id$v=19$m=65536,t=3,p=1$bmV3$bmV3"));

    users().updateIfVersion(changed);

    assertSameUser(changed.stored(), users().findById(user.id()).orElseThrow());
  }

  @Test
  void a_login_at_the_stored_version_is_noted_without_growing_the_version() {
    User user = aUser();
    users().add(user);

    assertTrue(users().recordLogin(user, UserMother.later(), Optional.empty()));

    User stored = users().findById(user.id()).orElseThrow();
    assertEquals(UserMother.later(), stored.lastLogin());
    assertEquals(User.FIRST_VERSION, stored.version());
  }

  @Test
  void a_login_checked_against_an_older_version_is_refused() {
    User user = aUser();
    users().add(user);
    users().updateIfVersion(user.withRoles(Set.of(Role.USER, Role.ADMIN)));

    assertFalse(users().recordLogin(user, UserMother.later(), Optional.empty()));

    assertEquals(null, users().findById(user.id()).orElseThrow().lastLogin());
  }

  @Test
  void a_login_of_an_inactive_account_is_refused() {
    User user = aUser().withActive(false);
    users().add(user);

    assertFalse(users().recordLogin(user, UserMother.later(), Optional.empty()));
  }

  @Test
  void a_login_with_an_upgraded_hash_stores_it_and_grows_the_version() {
    User user = aUser();
    users().add(user);
    PasswordHash upgraded = new PasswordHash("$argon2id$v=19$m=65536,t=3,p=1$dXA$dXA");

    users().recordLogin(user, UserMother.later(), Optional.of(upgraded));

    User stored = users().findById(user.id()).orElseThrow();
    assertEquals(upgraded, stored.passwordHash());
    assertEquals(User.FIRST_VERSION + 1, stored.version());
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
  void the_active_admins_are_listed_and_inactive_ones_and_plain_users_are_not() {
    User admin = UserMother.anAdmin();
    User inactiveAdmin = UserMother.anAdmin().withActive(false);
    User user = aUser();
    users().add(admin);
    users().add(inactiveAdmin);
    users().add(user);

    Set<UserId> admins = users().lockActiveAdmins();

    assertTrue(admins.contains(admin.id()));
    assertFalse(admins.contains(inactiveAdmin.id()));
    assertFalse(admins.contains(user.id()));
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

  private static User renamed(User user, Username username) {
    return User.register(user.id(), username, user.email(), user.passwordHash(), user.dateJoined());
  }

  private static String toFullwidth(String ascii) {
    var fullwidth = new StringBuilder();
    ascii
        .codePoints()
        .forEach(c -> fullwidth.appendCodePoint(c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c));
    return fullwidth.toString();
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
    assertEquals(expected.version(), actual.version());
  }
}
