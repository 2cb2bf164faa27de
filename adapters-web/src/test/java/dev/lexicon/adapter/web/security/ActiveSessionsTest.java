package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.in.session.VerifySessionUseCase;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ActiveSessionsTest {

  private static final Duration TTL = Duration.ofSeconds(2);

  private final Set<SessionId> activeInDatabase = new HashSet<>();
  private final AtomicInteger lookups = new AtomicInteger();
  private final AtomicLong nanoTime = new AtomicLong(1_000);
  private final VerifySessionUseCase database =
      session -> {
        lookups.incrementAndGet();
        return activeInDatabase.contains(session);
      };
  private final ActiveSessions sessions = new ActiveSessions(database, TTL, 100, nanoTime::get);

  private final UserId alice = new UserId(UUID.randomUUID());
  private final SessionId aliceSession = newSession();

  @Test
  void an_active_session_is_active() {
    activeInDatabase.add(aliceSession);

    assertTrue(sessions.isActive(aliceSession, alice));
  }

  @Test
  void an_unknown_or_revoked_session_is_not_active() {
    assertFalse(sessions.isActive(aliceSession, alice));
  }

  @Test
  void a_yes_is_remembered_within_the_lifetime_so_the_database_is_asked_once() {
    activeInDatabase.add(aliceSession);

    sessions.isActive(aliceSession, alice);
    nanoTime.addAndGet(TTL.toNanos() - 1);
    sessions.isActive(aliceSession, alice);

    assertEquals(1, lookups.get());
  }

  @Test
  void a_session_is_known_active_only_while_a_yes_is_remembered() {
    activeInDatabase.add(aliceSession);
    assertFalse(sessions.isKnownActive(aliceSession));

    sessions.isActive(aliceSession, alice);
    assertTrue(sessions.isKnownActive(aliceSession));

    nanoTime.addAndGet(TTL.toNanos());
    assertFalse(sessions.isKnownActive(aliceSession));
  }

  @Test
  void a_forgotten_session_is_no_longer_known_active() {
    activeInDatabase.add(aliceSession);
    sessions.isActive(aliceSession, alice);

    sessions.forgetUser(alice);

    assertFalse(sessions.isKnownActive(aliceSession));
  }

  @Test
  void a_revocation_elsewhere_is_noticed_once_the_lifetime_has_passed() {
    activeInDatabase.add(aliceSession);
    sessions.isActive(aliceSession, alice);

    activeInDatabase.remove(aliceSession);
    nanoTime.addAndGet(TTL.toNanos());

    assertFalse(sessions.isActive(aliceSession, alice));
  }

  @Test
  void a_no_is_never_remembered() {
    sessions.isActive(aliceSession, alice);
    sessions.isActive(aliceSession, alice);

    assertEquals(2, lookups.get());
  }

  @Test
  void forgetting_a_user_makes_the_next_check_ask_the_database() {
    activeInDatabase.add(aliceSession);
    sessions.isActive(aliceSession, alice);

    activeInDatabase.remove(aliceSession);
    sessions.forgetUser(alice);

    assertFalse(sessions.isActive(aliceSession, alice));
  }

  @Test
  void forgetting_a_user_keeps_what_is_remembered_of_others() {
    UserId bob = new UserId(UUID.randomUUID());
    SessionId bobSession = newSession();
    activeInDatabase.add(bobSession);
    sessions.isActive(bobSession, bob);

    sessions.forgetUser(alice);
    sessions.isActive(bobSession, bob);

    assertEquals(1, lookups.get());
  }

  @Test
  void a_yes_read_before_a_revocation_here_is_not_remembered_after_it() {
    // A logout on another thread revokes the session and forgets the user while this lookup is
    // between reading "active" from the database and remembering it.
    ActiveSessions[] racing = new ActiveSessions[1];
    VerifySessionUseCase revokedDuringTheLookup =
        session -> {
          lookups.incrementAndGet();
          boolean wasActive = activeInDatabase.remove(session);
          racing[0].forgetUser(alice);
          return wasActive;
        };
    racing[0] = new ActiveSessions(revokedDuringTheLookup, TTL, 100, nanoTime::get);
    activeInDatabase.add(aliceSession);

    racing[0].isActive(aliceSession, alice);

    assertFalse(racing[0].isActive(aliceSession, alice));
  }

  @Test
  void a_zero_lifetime_asks_the_database_every_time() {
    var uncached = new ActiveSessions(database, Duration.ZERO, 100, nanoTime::get);
    activeInDatabase.add(aliceSession);

    uncached.isActive(aliceSession, alice);
    uncached.isActive(aliceSession, alice);

    assertEquals(2, lookups.get());
  }

  @Test
  void a_full_cache_starts_over_instead_of_growing() {
    var small = new ActiveSessions(database, TTL, 2, nanoTime::get);
    SessionId second = newSession();
    SessionId third = newSession();
    activeInDatabase.addAll(Set.of(aliceSession, second, third));
    small.isActive(aliceSession, alice);
    small.isActive(second, alice);
    small.isActive(third, alice);
    lookups.set(0);

    small.isActive(aliceSession, alice);

    assertEquals(1, lookups.get());
  }

  @Test
  void a_lifetime_beyond_four_seconds_is_refused_since_other_instances_must_notice_within_five() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ActiveSessions(database, Duration.ofMillis(4001), 100, nanoTime::get));
  }

  private static SessionId newSession() {
    return new SessionId(UUID.randomUUID());
  }
}
