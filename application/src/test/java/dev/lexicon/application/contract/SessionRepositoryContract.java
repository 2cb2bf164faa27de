package dev.lexicon.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SessionRepository} must do. */
public abstract class SessionRepositoryContract {

  private static final Instant START = Instant.parse("2026-04-05T06:07:08.123456Z");
  private static final Duration LIFETIME = Duration.ofDays(14);
  private User user;

  protected abstract SessionRepository sessions();

  /** Sessions belong to a user, and a database may insist that the user exists. */
  protected abstract UserRepository users();

  @BeforeEach
  void createUser() {
    user = UserMother.aUser();
    users().add(user);
  }

  @Test
  void an_added_session_is_found_by_id_with_every_field_intact() {
    Session session = newSession();

    assertEquals(Optional.of(session), sessions().findById(session.id()));
  }

  @Test
  void an_unknown_session_is_not_found() {
    assertEquals(Optional.empty(), sessions().findById(new SessionId(UUID.randomUUID())));
  }

  @Test
  void a_revoked_session_records_when() {
    Session session = newSession();

    sessions().revoke(session.id(), START.plusSeconds(60));

    assertEquals(
        START.plusSeconds(60), sessions().findById(session.id()).orElseThrow().revokedAt());
  }

  @Test
  void revoking_twice_keeps_the_first_revocation_time() {
    Session session = newSession();
    sessions().revoke(session.id(), START.plusSeconds(60));

    sessions().revoke(session.id(), START.plusSeconds(120));

    assertEquals(
        START.plusSeconds(60), sessions().findById(session.id()).orElseThrow().revokedAt());
  }

  @Test
  void revoking_all_sessions_of_a_user_revokes_each_of_them() {
    Session first = newSession();
    Session second = newSession();

    sessions().revokeAllOf(user.id(), START.plusSeconds(60));

    assertTrue(sessions().findById(first.id()).orElseThrow().isRevoked());
    assertTrue(sessions().findById(second.id()).orElseThrow().isRevoked());
  }

  @Test
  void revoking_all_sessions_of_a_user_leaves_other_users_sessions_alone() {
    User other = UserMother.aUser();
    users().add(other);
    Session theirs = Session.start(sessions().nextId(), other.id(), START, LIFETIME);
    sessions().add(theirs);

    sessions().revokeAllOf(user.id(), START.plusSeconds(60));

    assertFalse(sessions().findById(theirs.id()).orElseThrow().isRevoked());
  }

  @Test
  void extending_a_session_moves_its_end() {
    Session session = newSession();

    sessions().extend(session.id(), START.plus(Duration.ofDays(20)));

    assertEquals(
        START.plus(Duration.ofDays(20)),
        sessions().findById(session.id()).orElseThrow().expiresAt());
  }

  @Test
  void sessions_that_ended_before_an_instant_are_deleted_and_later_ones_kept() {
    Session ended = newSession();
    Session later = Session.start(sessions().nextId(), user.id(), START.plusSeconds(10), LIFETIME);
    sessions().add(later);

    sessions().deleteEndedBefore(ended.expiresAt().plusSeconds(5));

    assertEquals(Optional.empty(), sessions().findById(ended.id()));
    assertTrue(sessions().findById(later.id()).isPresent());
  }

  private Session newSession() {
    Session session = Session.start(sessions().nextId(), user.id(), START, LIFETIME);
    sessions().add(session);
    return session;
  }
}
