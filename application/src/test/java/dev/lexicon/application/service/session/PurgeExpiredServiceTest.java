package dev.lexicon.application.service.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.in.user.TokenPair;
import dev.lexicon.application.port.out.ThrottleKey;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurgeExpiredServiceTest {

  private static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);
  private final SessionWorld world = new SessionWorld();
  private final PurgeExpiredService purge =
      new PurgeExpiredService(
          world.sessions,
          world.refreshTokens,
          world.attempts,
          LoginThrottle.STANDARD,
          ACCESS_LIFETIME,
          world.clock);

  @Test
  void a_session_is_kept_while_an_access_token_of_it_may_still_be_valid() {
    TokenPair tokens = world.logInAlice();
    SessionId session = world.sessionOf(tokens).id();
    world.clock.advance(SessionWorld.REFRESH_LIFETIME.plus(ACCESS_LIFETIME).minusSeconds(1));

    purge.purge();

    assertTrue(world.sessions.findById(session).isPresent());
  }

  @Test
  void a_session_whose_tokens_have_all_expired_is_forgotten() {
    TokenPair tokens = world.logInAlice();
    SessionId session = world.sessionOf(tokens).id();
    world.clock.advance(SessionWorld.REFRESH_LIFETIME.plus(ACCESS_LIFETIME).plusSeconds(1));

    purge.purge();

    assertEquals(Optional.empty(), world.sessions.findById(session));
  }

  @Test
  void failed_logins_older_than_the_throttle_window_are_forgotten() {
    ThrottleKey alice = ThrottleKey.account(world.alice.id());
    Instant before = SessionWorld.START.minusSeconds(1);
    world.attempts.claim(alice, world.clock.instant(), before, seen -> true);
    world.clock.advance(Duration.ofMinutes(16));

    purge.purge();

    assertEquals(
        List.of(), world.attempts.claim(alice, world.clock.instant(), before, seen -> true).seen());
  }
}
