package dev.lexicon.application.service.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.error.InvalidRefreshToken;
import dev.lexicon.application.port.in.user.TokenPair;
import dev.lexicon.application.port.out.AuthenticationEvents.LoginOutcome;
import dev.lexicon.application.port.out.AuthenticationEvents.RefreshOutcome;
import dev.lexicon.application.port.out.AuthenticationEvents.RevocationReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefreshTokensServiceTest {

  private final SessionWorld world = new SessionWorld();

  @Test
  void a_current_refresh_token_gives_a_new_pair_in_the_same_session() {
    TokenPair first = world.logInAlice();

    TokenPair second = world.refresh.refresh(first.refreshToken());

    assertNotEquals(first.refreshToken(), second.refreshToken());
    assertEquals(world.sessionOf(first).id(), world.sessionOf(second).id());
  }

  @Test
  void a_refresh_token_works_only_once() {
    TokenPair first = world.logInAlice();
    world.refresh.refresh(first.refreshToken());

    assertThrows(InvalidRefreshToken.class, () -> world.refresh.refresh(first.refreshToken()));
  }

  @Test
  void reusing_a_retired_refresh_token_revokes_the_whole_session() {
    TokenPair first = world.logInAlice();
    TokenPair second = world.refresh.refresh(first.refreshToken());

    assertThrows(InvalidRefreshToken.class, () -> world.refresh.refresh(first.refreshToken()));

    assertTrue(world.sessionOf(second).isRevoked());
    assertThrows(InvalidRefreshToken.class, () -> world.refresh.refresh(second.refreshToken()));
  }

  @Test
  void reuse_is_told_as_a_refused_refresh_and_a_revocation() {
    TokenPair first = world.logInAlice();
    world.refresh.refresh(first.refreshToken());

    assertThrows(InvalidRefreshToken.class, () -> world.refresh.refresh(first.refreshToken()));

    assertEquals(
        List.of(
            LoginOutcome.SUCCESS,
            RefreshOutcome.SUCCESS,
            RevocationReason.REFRESH_TOKEN_REUSE,
            RefreshOutcome.REFUSED),
        world.events.events());
  }

  @Test
  void reuse_in_one_session_leaves_the_users_other_sessions_alone() {
    TokenPair stolen = world.logInAlice();
    TokenPair elsewhere = world.logInAlice();
    world.refresh.refresh(stolen.refreshToken());

    assertThrows(InvalidRefreshToken.class, () -> world.refresh.refresh(stolen.refreshToken()));

    assertTrue(
        world.refresh.refresh(elsewhere.refreshToken()).accessToken().contains("access-for"));
  }

  @Test
  void an_expired_refresh_token_is_refused() {
    TokenPair tokens = world.logInAlice();
    world.clock.advance(SessionWorld.REFRESH_LIFETIME.plusSeconds(1));

    assertThrows(InvalidRefreshToken.class, () -> world.refresh.refresh(tokens.refreshToken()));
  }

  @Test
  void a_refreshed_token_lives_a_full_lifetime_from_its_refresh() {
    TokenPair first = world.logInAlice();
    world.clock.advance(Duration.ofDays(10));
    TokenPair second = world.refresh.refresh(first.refreshToken());
    world.clock.advance(Duration.ofDays(10));

    assertTrue(world.refresh.refresh(second.refreshToken()).accessToken().contains("access-for"));
  }

  @Test
  void an_unknown_refresh_token_is_refused() {
    assertThrows(InvalidRefreshToken.class, () -> world.refresh.refresh("not-a-token"));
  }

  @Test
  void a_refresh_token_of_a_revoked_session_is_refused() {
    TokenPair tokens = world.logInAlice();
    world.sessions.revoke(world.sessionOf(tokens).id(), SessionWorld.START);

    assertThrows(InvalidRefreshToken.class, () -> world.refresh.refresh(tokens.refreshToken()));
  }

  @Test
  void a_refresh_token_of_a_deactivated_account_is_refused() {
    TokenPair tokens = world.logInAlice();
    world.users.updateIfVersion(world.alice.withActive(false));

    assertThrows(InvalidRefreshToken.class, () -> world.refresh.refresh(tokens.refreshToken()));
  }
}
