package dev.lexicon.application.service.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.error.LastActiveAdmin;
import dev.lexicon.application.port.in.user.AdministerUserCommand;
import dev.lexicon.application.port.in.user.ListUsersQuery;
import dev.lexicon.application.port.in.user.UserPage;
import dev.lexicon.application.port.out.AuthenticationEvents.RevocationReason;
import dev.lexicon.domain.dictionary.PageSize;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import dev.lexicon.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What administrators do to other accounts, and the first administrator's creation. */
class AdministrationServicesTest {

  private final UserWorld world = new UserWorld();
  private final User admin = world.registerAdmin("root");
  private final AdministerUserService administer =
      new AdministerUserService(world.accounts, world.events);

  @Test
  void an_admin_deactivates_a_user_and_their_sessions_are_revoked() {
    User alice = world.register("alice");
    Session session = world.sessionOf(alice);

    administer.administer(
        new AdministerUserCommand(alice.id(), Optional.of(false), Optional.empty()));

    assertFalse(world.stored(alice).active());
    assertTrue(world.sessions.findById(session.id()).orElseThrow().isRevoked());
  }

  @Test
  void taking_a_role_away_revokes_the_users_sessions() {
    User other = world.registerAdmin("root2");
    Session session = world.sessionOf(other);

    administer.administer(
        new AdministerUserCommand(other.id(), Optional.empty(), Optional.of(Set.of(Role.USER))));

    assertTrue(world.sessions.findById(session.id()).orElseThrow().isRevoked());
  }

  @Test
  void taking_a_role_away_is_told_as_a_revocation_for_a_removed_role() {
    User other = world.registerAdmin("root2");

    administer.administer(
        new AdministerUserCommand(other.id(), Optional.empty(), Optional.of(Set.of(Role.USER))));

    assertEquals(List.of(RevocationReason.ROLE_REMOVED), world.events.events());
  }

  @Test
  void granting_a_role_leaves_the_users_sessions_alone() {
    User alice = world.register("alice");
    Session session = world.sessionOf(alice);

    administer.administer(
        new AdministerUserCommand(
            alice.id(), Optional.empty(), Optional.of(Set.of(Role.USER, Role.ADMIN))));

    assertFalse(world.sessions.findById(session.id()).orElseThrow().isRevoked());
  }

  @Test
  void an_admin_reactivates_a_user() {
    User alice = world.register("alice");
    administer.administer(
        new AdministerUserCommand(alice.id(), Optional.of(false), Optional.empty()));

    administer.administer(
        new AdministerUserCommand(alice.id(), Optional.of(true), Optional.empty()));

    assertTrue(world.stored(alice).active());
  }

  @Test
  void an_admin_grants_the_admin_role() {
    User alice = world.register("alice");

    administer.administer(
        new AdministerUserCommand(
            alice.id(), Optional.empty(), Optional.of(Set.of(Role.USER, Role.ADMIN))));

    assertTrue(world.stored(alice).isAdmin());
  }

  @Test
  void the_last_active_admin_cannot_lose_the_admin_role() {
    assertThrows(
        LastActiveAdmin.class,
        () ->
            administer.administer(
                new AdministerUserCommand(
                    admin.id(), Optional.empty(), Optional.of(Set.of(Role.USER)))));
    assertTrue(world.stored(admin).isAdmin());
  }

  @Test
  void the_last_active_admin_cannot_be_deactivated() {
    assertThrows(
        LastActiveAdmin.class,
        () ->
            administer.administer(
                new AdministerUserCommand(admin.id(), Optional.of(false), Optional.empty())));
  }

  @Test
  void of_two_last_admins_stepping_down_at_once_exactly_one_succeeds() throws Exception {
    User other = world.registerAdmin("root2");
    var start = new java.util.concurrent.CountDownLatch(1);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Boolean>> outcomes = new ArrayList<>();
      for (User stepping : List.of(admin, other)) {
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    administer.administer(
                        new AdministerUserCommand(
                            stepping.id(), Optional.empty(), Optional.of(Set.of(Role.USER))));
                    return true;
                  } catch (LastActiveAdmin refused) {
                    return false;
                  }
                }));
      }
      start.countDown();
      int succeeded = 0;
      for (var outcome : outcomes) {
        succeeded += outcome.get() ? 1 : 0;
      }
      assertEquals(1, succeeded);
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, world.users.lockActiveAdmins().size());
  }

  @Test
  void an_admin_may_step_down_while_another_active_admin_remains() {
    world.registerAdmin("root2");

    administer.administer(
        new AdministerUserCommand(admin.id(), Optional.empty(), Optional.of(Set.of(Role.USER))));

    assertFalse(world.stored(admin).isAdmin());
  }

  @Test
  void walking_the_user_pages_visits_every_user_once_in_id_order() {
    for (String name : List.of("alice", "bobby", "carol", "david")) {
      world.register(name);
    }
    ListUsersService list = new ListUsersService(world.users);

    List<UserId> seen = new ArrayList<>();
    Optional<UserId> after = Optional.empty();
    do {
      UserPage page = list.list(new ListUsersQuery(after, new PageSize(2)));
      page.items().forEach(user -> seen.add(user.id()));
      after = page.continueAfter();
    } while (after.isPresent());

    assertEquals(5, seen.size());
    List<String> sorted = seen.stream().map(UserId::toString).sorted().toList();
    assertEquals(sorted, seen.stream().map(UserId::toString).toList());
  }

  @Test
  void the_first_admin_is_created_with_both_roles() {
    var ensure = new EnsureAdminService(world.registration);

    assertTrue(ensure.ensureAdmin(UserWorld.command("chief")));

    User chief =
        world.users.findByLoginName(dev.lexicon.domain.user.LoginName.of("chief")).orElseThrow();
    assertEquals(Set.of(Role.USER, Role.ADMIN), chief.roles());
  }

  @Test
  void ensuring_the_first_admin_again_changes_nothing() {
    var ensure = new EnsureAdminService(world.registration);
    ensure.ensureAdmin(UserWorld.command("chief"));

    assertFalse(ensure.ensureAdmin(UserWorld.command("chief")));
  }
}
